package org.cablearchive.records.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.cablearchive.accounts.Reader;
import org.cablearchive.records.DocumentSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Persons and the documents that name them, read by key: the persons index (by name, whatever its case and accents)
 * with each person's count of documents, and a person's documents in date order a page at a time. The counts are
 * kept at write time ({@code person_summary}, V10); a mention carries its document's first day
 * ({@code person_mention.document_sort}) so that a person's documents are read in date order from an index.
 */
@Service
public class PersonDocuments {

    /** Undated documents come last: their mentions sort at PostgreSQL's {@code infinity}. */
    private static final String UNDATED = "undated";

    private final JdbcClient jdbc;
    private final ArchiveSummaries summaries;

    PersonDocuments(JdbcClient jdbc, ArchiveSummaries summaries) {
        this.jdbc = jdbc;
        this.summaries = summaries;
    }

    /** A person of the index, with how many documents the reader may see name them. */
    public record Named(long id, String name, String description, long documents, String key) { }

    /** A page of the persons index; {@code next} is the key to read the next page after, null on the last. */
    public record PersonsPage(List<Named> persons, String next) { }

    /** A page of a person's documents; {@code next} is the key to read the next page after, null on the last. */
    public record DocumentsPage(long total, List<DocumentSummary> documents, String next) { }

    /**
     * Persons whose name holds {@code typed} (anywhere; any case; with or without accents), or all when it is blank,
     * by name, {@code size} after the key {@code after} ({@code name key~id} as a previous page gave it).
     */
    @Transactional(readOnly = true)
    public PersonsPage persons(String typed, String after, int size, Reader reader) {
        String q = typed == null ? "" : typed.strip();
        String pattern = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String afterKey = "";
        long afterId = 0;
        if (after != null) {
            int cut = after.lastIndexOf('~');
            if (cut >= 0) {
                afterKey = after.substring(0, cut);
                afterId = parseLong(after.substring(cut + 1));
            }
        }
        List<Named> rows = jdbc.sql("""
                        select p.id, p.name, p.description,
                               (select coalesce(sum(s.documents), 0) from person_summary s
                                where s.person_id = p.id and s.status = any(:statuses)),
                               p.name_key
                        from person p
                        where (:q = '' or p.name_key like archive_fold(:pattern))
                          and (p.name_key, p.id) > (:key, :id)
                        order by p.name_key, p.id limit :limit""")
                .param("statuses", ArchiveSummaries.statuses(reader))
                .param("q", q)
                .param("pattern", pattern)
                .param("key", afterKey)
                .param("id", afterId)
                .param("limit", size + 1)
                .query((rs, n) -> new Named(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5)))
                .list();
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            Named last = rows.get(size - 1);
            next = last.key() + "~" + last.id();
        }
        return new PersonsPage(rows, next);
    }

    /**
     * The documents the reader may see that name the person, in date order (undated last), {@code size} after the
     * key {@code after} ({@code date~id} as a previous page gave it), with how many there are in all.
     */
    @Transactional(readOnly = true)
    public DocumentsPage documents(long personId, String after, int size, Reader reader) {
        String sortFrom = "-infinity";
        String idFrom = "";
        if (after != null) {
            int cut = after.indexOf('~');
            if (cut > 0) {
                String day = after.substring(0, cut);
                sortFrom = UNDATED.equals(day) ? "infinity" : parseDay(day);
                idFrom = after.substring(cut + 1);
            }
        }
        record Row(DocumentSummary summary, String sort) { }
        // The person's mentions in (day, document) order from the index, one per document; stops at the page's end.
        List<Row> rows = jdbc.sql("""
                        select d.id, d.title, d.type, d.date_value, d.classification, d.precedence, d.volume_id, d.status,
                               d.created_at, m.document_sort::text
                        from (select distinct m.document_sort, m.document_id from person_mention m
                              where m.person_id = :person and (m.document_sort, m.document_id) > (cast(:sort as date), :id)
                              order by m.document_sort, m.document_id) m
                        join document d on d.id = m.document_id
                        where d.status = any(:statuses)
                        order by m.document_sort, m.document_id limit :limit""")
                .param("person", personId)
                .param("sort", sortFrom)
                .param("id", idFrom)
                .param("statuses", ArchiveSummaries.statuses(reader))
                .param("limit", size + 1)
                .query((rs, n) -> new Row(DocumentLists.summary(rs), rs.getString(10)))
                .list();
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            Row last = rows.get(size - 1);
            next = ("infinity".equals(last.sort()) ? UNDATED : last.sort()) + "~" + last.summary().id();
        }
        return new DocumentsPage(summaries.documentsNaming(personId, reader), rows.stream().map(Row::summary).toList(), next);
    }

    private static String parseDay(String day) {
        try {
            return LocalDate.parse(day).toString();
        } catch (DateTimeParseException e) {
            return "-infinity";
        }
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

}
