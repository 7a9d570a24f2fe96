package org.cablearchive.records.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.ReferenceKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cross-references of a volume being loaded, gathered document by document and resolved once all its documents
 * are in ({@link VolumeLoader#finish}): references to documents and pages ({@code volume#d12}, {@code volume#pg_1533})
 * and telegram references ("Embtel 634"), this volume's own and those of other volumes that were waiting for it.
 */
final class VolumeReferences {

    private static final Pattern PAGE_TARGET = Pattern.compile("#pg_([0-9]+)$");

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final String volumeId;
    /** This volume's references to documents and pages, to resolve once all its documents are in. */
    private final List<Waiting> ownReferences = new ArrayList<>();
    /** This volume's telegram references ("Embtel 634"), to resolve once all its documents are in. */
    private final List<Citation> ownCitations = new ArrayList<>();
    /** The numbers of this volume's dated telegrams: references elsewhere may be waiting for them. */
    private final Set<String> ownTelegramNumbers = new HashSet<>();

    VolumeReferences(JdbcClient jdbc, DataSource dataSource, String volumeId) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.volumeId = volumeId;
    }

    /** The references of a document the load created or updated, and its telegram number, to resolve at the end. */
    void add(String documentId, DocumentDraft d) {
        TelegramMatcher.Citing citing = null;
        for (DocumentDraft.ReferenceDraft r : d.references()) {
            if ((r.kind() == ReferenceKind.DOCUMENT || r.kind() == ReferenceKind.PAGE) && r.target() != null) {
                ownReferences.add(new Waiting(documentId, r.key(), r.kind().name(), r.target()));
            } else if (r.kind().isTelegram() && r.number() != null) {
                if (citing == null) {
                    citing = new TelegramMatcher.Citing(documentId, d.date().isUndated() ? null : d.date().latest(),
                            d.place(), d.sender() == null ? null : d.sender().name(), volumeId);
                }
                ownCitations.add(new Citation(documentId, r.key(), r.kind(), r.number(), r.date(), citing));
            }
        }
        if (d.telegramNumber() != null && !d.date().isUndated()) {
            ownTelegramNumbers.add(d.telegramNumber());
        }
    }

    /** Resolves what can be, once the volume's documents are written; returns how many references it resolved. */
    int resolve() {
        return resolveDocumentAndPageReferences() + resolveTelegramReferences();
    }

    /**
     * Ties references of the form {@code volume#dN} and {@code volume#pg_N} to their documents, in every volume:
     * this one's own, and those of volumes imported earlier that were waiting for this one. Done with a few
     * indexed queries and the matching in memory (a volume has hundreds of such references, not millions).
     */
    private int resolveDocumentAndPageReferences() {
        List<Waiting> waiting = new ArrayList<>(ownReferences);
        waiting.addAll(jdbc.sql("""
                        select r.document_id, r.key, r.kind, r.target from cross_reference r
                        where split_part(r.target, '#', 1) = ? and r.target_document_id is null
                          and r.kind in ('DOCUMENT', 'PAGE')""")
                .param(volumeId)
                .query((rs, n) -> new Waiting(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list());
        if (waiting.isEmpty()) {
            return 0;
        }
        Set<String> volumes = new HashSet<>();
        waiting.forEach(w -> volumes.add(w.volume()));
        Set<String> documents = new HashSet<>();
        Map<String, List<Object[]>> pages = new HashMap<>();
        jdbc.sql("""
                        select id, volume_id, page_start, page_end from document where volume_id = any(?)
                        order by volume_id, position_in_volume""")
                .param(volumes.toArray(String[]::new))
                .query((rs, n) -> {
                    documents.add(rs.getString(1));
                    if (rs.getObject(3) != null && rs.getObject(4) != null) {
                        pages.computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                                .add(new Object[] {rs.getString(1), rs.getInt(3), rs.getInt(4)});
                    }
                    return null;
                }).list();
        List<Object[]> updates = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (Waiting w : waiting) {
            String target = w.kind().equals("DOCUMENT")
                    ? (documents.contains(w.target().replace('#', '-')) ? w.target().replace('#', '-') : null)
                    : page(w, pages);
            if (target != null && done.add(w.documentId() + "#" + w.key())) {
                updates.add(new Object[] {target, w.documentId(), w.key()});
            }
        }
        new JdbcTemplate(dataSource).batchUpdate("update cross_reference set target_document_id = ? where document_id = ? and key = ?", updates);
        return updates.size();
    }

    /**
     * Ties telegram references to the telegrams they name ({@link TelegramMatcher}): this volume's own, and those
     * elsewhere that were waiting for one of this volume's telegrams. Two indexed queries, matching in memory.
     */
    private int resolveTelegramReferences() {
        List<Citation> citations = new ArrayList<>(ownCitations);
        if (!ownTelegramNumbers.isEmpty()) {
            citations.addAll(jdbc.sql("""
                            select r.document_id, r.key, r.kind, r.number, r.reference_date, d.date_latest, d.place, d.sender_name,
                                   d.volume_id
                            from cross_reference r join document d on d.id = r.document_id
                            where r.target_document_id is null and r.number = any(?) and d.volume_id is distinct from ?
                              and r.kind not in ('DOCUMENT', 'PAGE', 'OTHER')""")
                    .param(ownTelegramNumbers.toArray(String[]::new)).param(volumeId)
                    .query((rs, n) -> new Citation(rs.getString(1), rs.getString(2), ReferenceKind.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getObject(5, LocalDate.class), new TelegramMatcher.Citing(rs.getString(1),
                            rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8), rs.getString(9))))
                    .list());
        }
        if (citations.isEmpty()) {
            return 0;
        }
        Set<String> numbers = new HashSet<>();
        citations.forEach(c -> numbers.add(c.number()));
        Map<String, List<TelegramMatcher.Telegram>> telegrams = TelegramMatcher.byNumber(jdbc.sql("""
                        select id, date_earliest, date_latest, place, sender_name, telegram_number, volume_id from document
                        where telegram_number = any(?)""")
                .param(numbers.toArray(String[]::new))
                .query((rs, n) -> new TelegramMatcher.Telegram(rs.getString(1), rs.getString(6), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getString(7)))
                .list());
        List<Object[]> updates = new ArrayList<>();
        for (Citation c : citations) {
            String target = TelegramMatcher.match(c.kind(), c.number(), c.date(), c.citing(),
                    telegrams.getOrDefault(c.number(), List.of()));
            if (target != null) {
                updates.add(new Object[] {target, c.documentId(), c.key()});
            }
        }
        new JdbcTemplate(dataSource).batchUpdate("update cross_reference set target_document_id = ? where document_id = ? and key = ?", updates);
        return updates.size();
    }

    /** A telegram reference of a document, with what the matching needs to know of the document that cites. */
    private record Citation(String documentId, String key, ReferenceKind kind, String number, LocalDate date,
                            TelegramMatcher.Citing citing) { }

    private static String page(Waiting w, Map<String, List<Object[]>> pages) {
        Matcher m = PAGE_TARGET.matcher(w.target());
        if (!m.find()) {
            return null;
        }
        int page = Integer.parseInt(m.group(1));
        for (Object[] d : pages.getOrDefault(w.volume(), List.of())) {
            if ((Integer) d[1] <= page && page <= (Integer) d[2]) {
                return (String) d[0];
            }
        }
        return null;
    }

    /** An unresolved reference to a document or page: {@code volume#d12}, {@code volume#pg_1533}. */
    private record Waiting(String documentId, String key, String kind, String target) {
        String volume() {
            int hash = target.indexOf('#');
            return hash < 0 ? target : target.substring(0, hash);
        }
    }
}
