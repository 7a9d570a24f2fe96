package org.cablearchive.records.domain;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;

/**
 * Writes new documents of a volume import as batched plain inserts, in the caller's transaction: the same rows
 * the entity mapping would write (the {@link Document} is built by {@link Document#imported} all the same, so the
 * domain's rules apply), without the persistence context's bookkeeping, which a volume of new documents does not
 * need and which made a volume import several times slower. Rows go out every {@link #add} batch via
 * {@link #flush}, documents before the rows that refer to them.
 */
final class NewDocumentRows implements AutoCloseable {

    private static final SQLExceptionSubclassTranslator TRANSLATOR = new SQLExceptionSubclassTranslator();

    private final DataSource dataSource;
    private final Connection connection;
    private final PreparedStatement documents;
    private final PreparedStatement footnotes;
    private final PreparedStatement references;
    private final PreparedStatement mentions;
    private int pending;

    NewDocumentRows(DataSource dataSource) {
        this.dataSource = dataSource;
        this.connection = DataSourceUtils.getConnection(dataSource);
        try {
            documents = connection.prepareStatement("""
                    insert into document (id, volume_id, chapter_id, xml_id, number_in_volume, position_in_volume, type, title,
                      source_note, file_number, classification, precedence, handling, telegram_number, date_value,
                      date_earliest, date_latest, place, sender_role, sender_name, sender_person_id, recipient_role,
                      recipient_name, recipient_person_id, body, distribution, signature, page_start, page_end,
                      imported_version, status, version, created_by, created_at, updated_by, updated_at, published_at,
                      participants, precedence_printed, page_first, page_last)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                      ?, ?, ?, ?)""");
            footnotes = connection.prepareStatement(
                    "insert into footnote (document_id, key, mark, text, tei, position) values (?, ?, ?, ?, ?, ?)");
            references = connection.prepareStatement("""
                    insert into cross_reference (document_id, key, kind, number, reference_date, label, target, position)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""");
            mentions = connection.prepareStatement(
                    "insert into person_mention (document_id, person_id, role, name_printed, person_key) values (?, ?, ?, ?, ?)");
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

    void document(Object... values) throws SQLException {
        queue(documents, values);
    }

    void footnote(Object... values) throws SQLException {
        queue(footnotes, values);
    }

    void reference(Object... values) throws SQLException {
        queue(references, values);
    }

    void mention(Object... values) throws SQLException {
        queue(mentions, values);
    }

    Object textArray(java.util.List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }

    /** Writes what is queued. */
    void flush() {
        if (pending == 0) {
            return;
        }
        try {
            documents.executeBatch();
            footnotes.executeBatch();
            references.executeBatch();
            mentions.executeBatch();
            pending = 0;
        } catch (SQLException e) {
            throw translate("save", e.getNextException() != null ? e.getNextException() : e);
        }
    }

    private static void queue(PreparedStatement ps, Object[] values) throws SQLException {
        bind(ps, values);
        ps.addBatch();
    }

    private static void bind(PreparedStatement ps, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            int at = i + 1;
            if (v == null) {
                ps.setNull(at, Types.NULL);
            } else if (v instanceof String s) {
                ps.setString(at, s);
            } else if (v instanceof Integer n) {
                ps.setInt(at, n);
            } else if (v instanceof Long n) {
                ps.setLong(at, n);
            } else if (v instanceof LocalDate day) {
                ps.setDate(at, Date.valueOf(day));
            } else if (v instanceof Instant instant) {
                ps.setTimestamp(at, Timestamp.from(instant));
            } else if (v instanceof Enum<?> e) {
                ps.setString(at, e.name());
            } else if (v instanceof java.sql.Array array) {
                ps.setArray(at, array);
            } else {
                throw new IllegalArgumentException("No column type for " + v.getClass());
            }
        }
    }

    private static RuntimeException translate(String task, SQLException e) {
        RuntimeException translated = TRANSLATOR.translate(task, null, e);
        return translated != null ? translated : new IllegalStateException(task + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        for (PreparedStatement ps : new PreparedStatement[] {documents, footnotes, references, mentions}) {
            if (ps != null) {
                try {
                    ps.close();
                } catch (SQLException ignored) {
                    // closing a statement of a connection the transaction still holds
                }
            }
        }
        DataSourceUtils.releaseConnection(connection, dataSource);
    }
}
