package org.cablearchive.records.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cablearchive.accounts.Reader;
import org.cablearchive.records.DocumentDate;
import org.cablearchive.records.DocumentStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a document stands among the others, for the reading page: the documents that cite it, its neighbours in
 * date order, the thread of telegrams that answer one another, and which document holds a printed page of a
 * volume. Only documents the reader may see are named.
 */
@Service
public class DocumentLinks {

    /** A thread stops growing at this many telegrams. */
    static final int THREAD_LIMIT = 40;

    private final JdbcClient jdbc;

    DocumentLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A document named on the page: where to link, what to show. */
    public record Linked(String id, String title, String date, LocalDate earliest, String telegramNumber, String label) { }

    private static String[] statuses(Reader reader) {
        return DocumentStatus.namesVisibleTo(reader);
    }

    /**
     * The documents that cite this one (with the words they first cite it by), in date order, at most {@code limit}
     * (a document cited by thousands does not make its page grow with them).
     */
    @Transactional(readOnly = true)
    public List<Linked> referencedBy(String id, Reader reader, int limit) {
        return jdbc.sql("""
                        select d.id, d.title, d.date_value, d.date_earliest, d.telegram_number,
                               (select r.label from cross_reference r where r.document_id = d.id and r.target_document_id = ?
                                order by r.position limit 1)
                        from document d
                        where d.id in (select r.document_id from cross_reference r where r.target_document_id = ?)
                          and d.id <> ? and d.status = any(?)
                        order by d.date_earliest nulls last, d.id limit ?""")
                .params(id, id, id, statuses(reader), limit)
                .query((rs, n) -> new Linked(rs.getString(1), rs.getString(2), display(rs.getString(3)),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6)))
                .list();
    }

    /** The previous and the next dated document in date order across the archive: [previous, next], either may be null. */
    @Transactional(readOnly = true)
    public Linked[] neighboursInDate(String id, Reader reader) {
        String[] s = statuses(reader);
        Optional<Object[]> self = jdbc.sql("select date_earliest, date_latest from document where id = ? and date_earliest is not null")
                .param(id).query((rs, n) -> new Object[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)})
                .optional();
        if (self.isEmpty()) {
            return new Linked[2];
        }
        LocalDate earliest = (LocalDate) self.get()[0];
        Linked previous = jdbc.sql("""
                        select id, title, date_value, date_earliest, telegram_number from document
                        where status = any(?) and date_earliest is not null and id <> ?
                          and (date_earliest, id) < (?, ?) order by date_earliest desc, id desc limit 1""")
                .params(s, id, earliest, id).query((rs, n) -> linked(rs)).optional().orElse(null);
        Linked next = jdbc.sql("""
                        select id, title, date_value, date_earliest, telegram_number from document
                        where status = any(?) and date_earliest is not null and id <> ?
                          and (date_earliest, id) > (?, ?) order by date_earliest, id limit 1""")
                .params(s, id, earliest, id).query((rs, n) -> linked(rs)).optional().orElse(null);
        return new Linked[] {previous, next};
    }

    /**
     * The thread a document belongs to: the telegrams it answers (those its telegram references name, and theirs,
     * back to the first) and those that answer it (that cite it, and those that cite them), in date order, this
     * one included. Empty when the document cites no telegram and none cites it.
     */
    @Transactional(readOnly = true)
    public List<Linked> thread(String id, Reader reader) {
        Set<String> allowed = new HashSet<>(List.of(statuses(reader)));
        Set<String> seen = new HashSet<>();
        seen.add(id);
        List<String> frontier = List.of(id);
        // One query per step outwards, for the whole frontier: the telegrams its members cite and those citing them.
        while (!frontier.isEmpty() && seen.size() < THREAD_LIMIT) {
            String[] ids = frontier.toArray(String[]::new);
            List<String> around = jdbc.sql("""
                            select r.target_document_id, t.status from cross_reference r join document t on t.id = r.target_document_id
                            where r.document_id = any(?) and r.kind not in ('DOCUMENT', 'PAGE', 'OTHER')
                            union
                            select r.document_id, c.status from cross_reference r join document c on c.id = r.document_id
                            where r.target_document_id = any(?) and r.kind not in ('DOCUMENT', 'PAGE', 'OTHER')""")
                    .params(ids, ids)
                    .query((rs, n) -> allowed.contains(rs.getString(2)) ? rs.getString(1) : null).list();
            List<String> next = new ArrayList<>();
            for (String other : around) {
                if (other != null && seen.size() < THREAD_LIMIT && seen.add(other)) {
                    next.add(other);
                }
            }
            frontier = next;
        }
        if (seen.size() == 1) {
            return List.of();
        }
        List<Linked> thread = new ArrayList<>(load(seen));
        thread.sort(Comparator.comparing(Linked::earliest, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Linked::id));
        return thread;
    }

    /** A document that holds a printed page: its id, number in the volume and title. */
    public record OnPage(String id, String number, String title) { }

    /**
     * The documents on whose pages the printed page falls, that the reader may see, in volume order. A volume
     * numbered through gives the first (a page shared by documents that end and begin on it leads to the first);
     * a volume that numbers its pages in each document gives every document that has such a page (at most 100).
     */
    @Transactional(readOnly = true)
    public List<OnPage> holdersOfPage(String volumeId, int page, Reader reader) {
        boolean perDocument = jdbc.sql("select page_numbering = 'DOCUMENT' from volume where id = ?").param(volumeId)
                .query(Boolean.class).optional().orElse(false);
        return jdbc.sql("""
                        select id, number_in_volume, title from document where volume_id = ? and status = any(?)
                          and page_start <= ? and page_end >= ? order by position_in_volume limit ?""")
                .params(volumeId, statuses(reader), page, page, perDocument ? 100 : 1)
                .query((rs, n) -> new OnPage(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** The document of a volume on whose pages the printed page falls, when the reader may see it. */
    @Transactional(readOnly = true)
    public Optional<String> onPage(String volumeId, int page, Reader reader) {
        return jdbc.sql("""
                        select id from document where volume_id = ? and status = any(?)
                          and page_start <= ? and page_end >= ? order by position_in_volume limit 1""")
                .params(volumeId, statuses(reader), page, page).query(String.class).optional();
    }

    private List<Linked> load(Collection<String> ids) {
        return jdbc.sql("select id, title, date_value, date_earliest, telegram_number from document where id = any(?)")
                .param(ids.toArray(String[]::new)).query((rs, n) -> linked(rs)).list();
    }

    private static Linked linked(ResultSet rs) throws SQLException {
        return new Linked(rs.getString(1), rs.getString(2), display(rs.getString(3)), rs.getObject(4, LocalDate.class),
                rs.getString(5), null);
    }

    private static String display(String iso) {
        return iso == null ? null : new DocumentDate(iso).display();
    }
}
