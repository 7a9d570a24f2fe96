package org.cablearchive.records.domain;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentField;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;

/**
 * Writes new documents of a volume import as plain rows with PostgreSQL's {@code COPY}, in the caller's
 * transaction: the same rows the entity mapping would write (the {@link Document} is built by
 * {@link Document#imported} all the same, so the domain's rules apply), without the persistence context's
 * bookkeeping, which a volume of new documents does not need and which made a volume import several times slower.
 * Rows are queued as COPY text by {@link #add} and go out on {@link #flush}, documents before the rows that refer to
 * them; one COPY a table and flush, so the statement-level triggers that keep the counts run once a batch.
 */
final class NewDocumentRows implements AutoCloseable {

    private static final SQLExceptionSubclassTranslator TRANSLATOR = new SQLExceptionSubclassTranslator();

    /** The columns of what the document is to the archive (its place, workflow and history), before its fields'. */
    static final String ARCHIVE_COLUMNS = """
            id, volume_id, chapter_id, xml_id, number_in_volume, position_in_volume, sender_person_id,
            recipient_person_id, imported_version, status, version, created_by, created_at, updated_by, updated_at,
            published_at""";
    /** All columns of a document row: the archive's, then those of its fields as {@link DocumentField#COLUMNS} gives them. */
    static final String DOCUMENT_COLUMNS = ARCHIVE_COLUMNS + ", "
            + DocumentField.COLUMNS.stream().map(DocumentField.Column::name).collect(Collectors.joining(", "));
    private static final DocumentField.Column[] FIELD_COLUMNS = DocumentField.COLUMNS.toArray(DocumentField.Column[]::new);
    static final String FOOTNOTE_COLUMNS = "document_id, key, mark, text, tei, position";
    static final String REFERENCE_COLUMNS = "document_id, key, kind, number, reference_date, label, target, position";
    static final String MENTION_COLUMNS = "document_id, person_id, role, name_printed, person_key";

    private final DataSource dataSource;
    private final Connection connection;
    private final CopyManager copy;
    private final StringBuilder documents = new StringBuilder(1 << 16);
    private final StringBuilder footnotes = new StringBuilder(1 << 14);
    private final StringBuilder references = new StringBuilder(1 << 12);
    private final StringBuilder mentions = new StringBuilder(1 << 12);
    private int pending;

    NewDocumentRows(DataSource dataSource) {
        this.dataSource = dataSource;
        this.connection = DataSourceUtils.getConnection(dataSource);
        try {
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        } catch (SQLException e) {
            close();
            throw translate("prepare", e);
        }
    }

    /** Queues the rows of a new document (not persisted through the entity manager) in its chapter. */
    void add(Document d, Long chapterId) {
        try {
            d.writeNewRows(this, chapterId);
            pending++;
        } catch (SQLException e) {
            throw translate("document " + d.id(), e);
        }
    }

    /** A document's row: {@code archive}, the values of {@link #ARCHIVE_COLUMNS}, then its fields read from {@code fields}. */
    void document(DocumentDraft fields, Object... archive) throws SQLException {
        Object[] values = Arrays.copyOf(archive, archive.length + FIELD_COLUMNS.length);
        for (int i = 0; i < FIELD_COLUMNS.length; i++) {
            values[archive.length + i] = FIELD_COLUMNS[i].value().apply(fields);
        }
        row(documents, values);
    }

    void footnote(Object... values) throws SQLException {
        row(footnotes, values);
    }

    void reference(Object... values) throws SQLException {
        row(references, values);
    }

    void mention(Object... values) throws SQLException {
        row(mentions, values);
    }

    /** How many documents are queued. */
    int pending() {
        return pending;
    }

    /** Writes what is queued. */
    void flush() {
        if (pending == 0) {
            return;
        }
        try {
            copyIn("document", DOCUMENT_COLUMNS, documents);
            copyIn("footnote", FOOTNOTE_COLUMNS, footnotes);
            copyIn("cross_reference", REFERENCE_COLUMNS, references);
            copyIn("person_mention", MENTION_COLUMNS, mentions);
            pending = 0;
        } catch (SQLException e) {
            throw translate("save", e.getNextException() != null ? e.getNextException() : e);
        }
    }

    private void copyIn(String table, String columns, StringBuilder rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try {
            copy.copyIn("copy " + table + " (" + columns + ") from stdin", new StringBuilderReader(rows));
        } catch (IOException e) {
            throw new SQLException("COPY into " + table + ": " + e.getMessage(), e);
        }
        rows.setLength(0);
    }

    /** Appends one row in COPY's text format: tab between columns, {@code \N} for null, special characters escaped. */
    static void row(StringBuilder out, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object v = values[i];
            if (v == null) {
                out.append("\\N");
            } else if (v instanceof String s) {
                escape(out, s);
            } else if (v instanceof Integer || v instanceof Long) {
                out.append(v);
            } else if (v instanceof LocalDate day) {
                out.append(day); // ISO 8601, as PostgreSQL reads it whatever its DateStyle
            } else if (v instanceof Instant instant) {
                out.append(instant); // ISO 8601 in UTC
            } else if (v instanceof Enum<?> e) {
                out.append(e.name());
            } else if (v instanceof List<?> array) { // text[]
                StringBuilder literal = new StringBuilder("{");
                for (int k = 0; k < array.size(); k++) {
                    literal.append(k == 0 ? "\"" : ",\"");
                    String s = (String) array.get(k);
                    for (int c = 0; c < s.length(); c++) {
                        char ch = s.charAt(c);
                        if (ch == '"' || ch == '\\') {
                            literal.append('\\');
                        }
                        literal.append(ch);
                    }
                    literal.append('"');
                }
                escape(out, literal.append('}').toString());
            } else {
                throw new IllegalArgumentException("No column type for " + v.getClass());
            }
        }
        out.append('\n');
    }

    private static void escape(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    /** Reads a builder's characters without copying them into a String first. */
    private static final class StringBuilderReader extends Reader {
        private final StringBuilder text;
        private int at;

        StringBuilderReader(StringBuilder text) {
            this.text = text;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (at >= text.length()) {
                return -1;
            }
            int n = Math.min(length, text.length() - at);
            text.getChars(at, at + n, buffer, offset);
            at += n;
            return n;
        }

        @Override
        public void close() {
        }
    }

    private static RuntimeException translate(String task, SQLException e) {
        RuntimeException translated = TRANSLATOR.translate(task, null, e);
        return translated != null ? translated : new IllegalStateException(task + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        DataSourceUtils.releaseConnection(connection, dataSource);
    }
}
