package org.cablearchive.records.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cablearchive.accounts.Reader;
import org.cablearchive.records.Classification;
import org.cablearchive.records.DocumentList;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.DocumentSummary;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.Precedence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The list of documents, newest first, by key: the public's in the order documents were published
 * ({@code public_seq}), staff's in the order they were entered ({@code list_seq}); both columns are given by the
 * database (V10) and indexed, so page 10,000 costs what page 1 costs.
 */
@Component
class DocumentLists {

    private static final String COLUMNS = """
            select id, title, type, date_value, classification, precedence, volume_id, status, created_at, %1$s
            from document where %1$s is not null""";

    private final JdbcClient jdbc;
    private final ArchiveSummaries summaries;

    DocumentLists(JdbcClient jdbc, ArchiveSummaries summaries) {
        this.jdbc = jdbc;
        this.summaries = summaries;
    }

    DocumentList list(DocumentList.Position at, int size, Reader reader) {
        String place = reader.seesUnpublished() ? "list_seq" : "public_seq";
        Long top = jdbc.sql("select max(" + place + ") from document").query(Long.class).optional().orElse(null);
        long total = summaries.counts(reader).documents();
        int pages = (int) Math.max(1, (total + size - 1) / size);
        if (top == null) {
            return new DocumentList(List.of(), total, 1, pages, null, null);
        }
        List<Row> rows;
        if (at.before() != null) {
            rows = new ArrayList<>(rows(String.format(COLUMNS, place) + " and " + place + " > ? order by " + place + " limit ?",
                    at.before(), size + 1));
            boolean newer = rows.size() > size;
            rows = new ArrayList<>(rows.subList(0, Math.min(size, rows.size())));
            Collections.reverse(rows);
            return page(rows, total, pages, top, size, newer, true);
        }
        long from = at.after() != null ? at.after() - 1 : top - (long) size * (at.page() - 1);
        rows = rows(String.format(COLUMNS, place) + " and " + place + " <= ? order by " + place + " desc limit ?", from, size + 1);
        boolean older = rows.size() > size;
        rows = rows.subList(0, Math.min(size, rows.size()));
        return page(rows, total, pages, top, size, !rows.isEmpty() && rows.get(0).place() < top, older);
    }

    private static DocumentList page(List<Row> rows, long total, int pages, long top, int size, boolean newer, boolean older) {
        int page = rows.isEmpty() ? pages : (int) ((top - rows.get(0).place()) / size) + 1;
        return new DocumentList(rows.stream().map(Row::summary).toList(), total, Math.min(page, pages), pages,
                newer && !rows.isEmpty() ? rows.get(0).place() : null,
                older && !rows.isEmpty() ? rows.get(rows.size() - 1).place() : null);
    }

    private List<Row> rows(String sql, long place, int limit) {
        return jdbc.sql(sql).params(place, limit)
                .query((rs, n) -> new Row(summary(rs), rs.getLong(10)))
                .list();
    }

    /** A summary from the first nine columns: id, title, type, date_value, classification, precedence, volume_id, status, created_at. */
    static DocumentSummary summary(ResultSet rs) throws SQLException {
        return new DocumentSummary(rs.getString(1), rs.getString(2), DocumentType.valueOf(rs.getString(3)), rs.getString(4),
                Classification.valueOf(rs.getString(5)), Precedence.valueOf(rs.getString(6)), rs.getString(7),
                DocumentStatus.valueOf(rs.getString(8)), rs.getTimestamp(9).toInstant());
    }

    private record Row(DocumentSummary summary, long place) { }
}
