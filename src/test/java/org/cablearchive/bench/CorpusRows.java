package org.cablearchive.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.cablearchive.records.Body;
import org.cablearchive.records.DocumentDate;
import org.cablearchive.records.FileNumber;
import org.cablearchive.records.Party;

/**
 * The archive's documents as the search index sees them, read from PostgreSQL in one streaming pass: the same
 * text and facet values the app's index mapping ({@code search.index.DocumentBinder}) writes, computed with the
 * same code (the body's plain text, a party as printed, a file number's subject).
 */
final class CorpusRows {

    /** A document as indexed. Lists are never null; {@code year}, {@code decade}, {@code month} null when undated. */
    record Row(String id, String title, String body, List<String> footnotes, String sourceNote, String fileNumber,
               String fileSubject, String type, String classification, String precedence, String sender, String recipient,
               String place, LocalDate earliest, LocalDate latest, String dateDisplay, String volume, String status,
               List<String> names, List<String> persons) {

        String year() {
            return earliest == null ? null : String.valueOf(earliest.getYear());
        }

        String decade() {
            return earliest == null ? null : (earliest.getYear() / 10 * 10) + "s";
        }

        String month() {
            return earliest == null ? null : String.format("%04d-%02d", earliest.getYear(), earliest.getMonthValue());
        }

        String footnoted() {
            return footnotes.isEmpty() ? "no" : "yes";
        }
    }

    private CorpusRows() {
    }

    /** Streams every document to {@code each}; returns how many. */
    static long forEach(Connection c, Consumer<Row> each) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false); // a cursor: rows are fetched a batch at a time, not all at once
        long n = 0;
        try (PreparedStatement ps = c.prepareStatement("""
                select d.id, d.title, d.body, d.source_note, d.file_number, d.type, d.classification, d.precedence,
                       d.sender_role, d.sender_name, d.recipient_role, d.recipient_name, d.place, d.date_value, d.volume_id,
                       d.status,
                       (select array_agg(f.text order by f.position) from footnote f where f.document_id = d.id),
                       (select array_agg(m.name_printed order by m.id) from person_mention m where m.document_id = d.id),
                       (select array_agg(distinct m.person_id) from person_mention m where m.document_id = d.id
                          and m.person_id is not null)
                from document d""")) {
            ps.setFetchSize(500);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    each.accept(row(rs));
                    n++;
                }
            }
        } finally {
            c.commit();
            c.setAutoCommit(auto);
        }
        return n;
    }

    private static Row row(ResultSet rs) throws SQLException {
        String fileNumber = rs.getString(5);
        DocumentDate date = DocumentDate.parse(rs.getString(14));
        Party sender = new Party(rs.getString(9), rs.getString(10));
        Party recipient = new Party(rs.getString(11), rs.getString(12));
        List<String> names = new ArrayList<>(new java.util.LinkedHashSet<>(strings(rs.getArray(18))));
        List<String> persons = new ArrayList<>();
        for (String p : strings(rs.getArray(19))) {
            persons.add(p);
        }
        String place = rs.getString(13);
        return new Row(rs.getString(1), rs.getString(2), Body.plainTextOf(rs.getString(3)), strings(rs.getArray(17)),
                rs.getString(4), fileNumber,
                FileNumber.parseOptional(fileNumber).map(FileNumber::subject).filter(s -> !s.isBlank()).orElse(null),
                rs.getString(6), rs.getString(7), rs.getString(8),
                sender.known() ? sender.display() : null, recipient.known() ? recipient.display() : null,
                place == null || place.isBlank() ? null : place.strip(),
                date.isUndated() ? null : date.earliest(), date.isUndated() ? null : date.latest(),
                date.isUndated() ? null : date.display(), rs.getString(15), rs.getString(16), names, persons);
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).filter(java.util.Objects::nonNull).map(String::valueOf).toList();
    }
}
