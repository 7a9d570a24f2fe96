package org.cablearchive.records.domain;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.cablearchive.records.ChapterDraft;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.ReferenceKind;
import org.cablearchive.records.VolumeDocumentDraft;
import org.cablearchive.records.VolumeLoaded;
import org.cablearchive.records.VolumePartDraft;
import org.cablearchive.records.VolumeStore.VolumeLoad;
import org.cablearchive.records.VolumeStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads one volume inside the caller's transaction. Every {@value #BATCH} documents it writes what is pending
 * and empties the persistence context, so memory stays flat however large the volume is.
 */
class VolumeLoader implements VolumeLoad {

    static final int BATCH = 200;
    private static final Pattern PAGE_TARGET = Pattern.compile("#pg_([0-9]+)$");

    private final EntityManager em;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final String volumeId;
    private final boolean asDraft;
    private final boolean force;
    private final String by;
    private final ApplicationEventPublisher events;
    private final Supplier<Map<String, Long>> personLookup;
    private Map<String, Long> personIds;
    private final Map<String, String> existing;
    private final Map<String, Long> chapterIds = new HashMap<>();
    private final List<String> conflicts = new ArrayList<>();
    /** This volume's references to documents and pages, to resolve once all its documents are in. */
    private final List<Waiting> ownReferences = new ArrayList<>();
    /** This volume's telegram references ("Embtel 634"), to resolve once all its documents are in. */
    private final List<Citation> ownCitations = new ArrayList<>();
    /** The numbers of this volume's dated telegrams: references elsewhere may be waiting for them. */
    private final Set<String> ownTelegramNumbers = new HashSet<>();
    /** New documents are written as plain rows; opened with the first one. */
    private NewDocumentRows rows;
    /** New documents written since the last flush, announced with {@link NewDocumentsWritten}. */
    private final List<Document> written = new ArrayList<>();
    private int chapters;
    private int position;
    /** The volume's parts waiting to be written, and how many characters they hold. */
    private final List<Object[]> pendingParts = new ArrayList<>();
    private long pendingPartChars;
    private int parts;
    /** How often a document began on a lower page than the one before it ended: pages numbered per document. */
    private int pageRestarts;
    private Integer previousPageEnd;
    private int created;
    private int updated;

    VolumeLoader(EntityManager em, JdbcClient jdbc, DataSource dataSource, String volumeId, Supplier<Map<String, Long>> personLookup, boolean asDraft,
                 boolean force, String by, ApplicationEventPublisher events, VolumeStore.Changes changes) {
        this.events = events;
        this.em = em;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.volumeId = volumeId;
        this.personLookup = personLookup;
        this.asDraft = asDraft;
        this.force = force;
        this.by = by;
        this.existing = new HashMap<>();
        jdbc.sql("select xml_id, id from document where volume_id = ? and xml_id is not null").param(volumeId)
                .query((rs, n) -> existing.put(rs.getString(1), rs.getString(2))).list();
        jdbc.sql("select xml_id, id from chapter where volume_id = ? and xml_id is not null").param(volumeId)
                .query((rs, n) -> chapterIds.put(rs.getString(1), rs.getLong(2))).list();
        Set<String> withWithheld = existing.isEmpty() ? Set.of() : new HashSet<>(jdbc.sql("""
                        select distinct w.document_id from withheld_passage w join document d on d.id = w.document_id
                        where d.volume_id = ?""").param(volumeId).query(String.class).list());
        this.reimport = new Reimport(em, events, force, changes, by, withWithheld);
    }

    /** What a new import does to a document already here (the review policy's part of a volume import). */
    private final Reimport reimport;
    /** Published documents whose new reading waits for review. */
    private final List<String> forReview = new ArrayList<>();

    @Override
    public void chapter(ChapterDraft draft) {
        Volume volume = em.getReference(Volume.class, volumeId);
        Long known = draft.xmlId() == null ? null : chapterIds.get(draft.xmlId());
        Chapter chapter = known == null ? new Chapter(volume, draft.xmlId()) : em.find(Chapter.class, known);
        chapter.update(draft, chapterRef(draft.parentXmlId()), chapters++);
        if (known == null) {
            em.persist(chapter); // an identity column: the insert runs now, and gives the id that documents need
            if (draft.xmlId() != null) {
                chapterIds.put(draft.xmlId(), chapter.id());
            }
        }
    }

    @Override
    public void part(VolumePartDraft part) {
        if (parts == 0) {
            jdbc.sql("delete from volume_part where volume_id = ?").param(volumeId).update(); // the file replaces them
        }
        pendingParts.add(new Object[] {volumeId, parts++, part.kind().name(), part.zone().name(), part.xmlId(), part.tei()});
        pendingPartChars += part.tei().length();
        if (pendingParts.size() >= 1000 || pendingPartChars > 4_000_000) {
            flushParts();
        }
    }

    private void flushParts() {
        if (!pendingParts.isEmpty()) {
            new JdbcTemplate(dataSource).batchUpdate(
                    "insert into volume_part (volume_id, position, kind, zone, xml_id, tei) values (?, ?, ?, ?, ?, ?)",
                    pendingParts);
            pendingParts.clear();
            pendingPartChars = 0;
        }
    }

    @Override
    public Outcome document(VolumeDocumentDraft draft) {
        if (draft.xmlId() == null || draft.xmlId().isBlank()) {
            throw new IllegalArgumentException("A document of volume " + volumeId + " has no xml:id to keep it by");
        }
        if (personIds == null) {
            personIds = personLookup.get(); // the persons list comes before the documents, after the volume
        }
        Volume volume = em.getReference(Volume.class, volumeId);
        Chapter chapter = chapterRef(draft.chapterXmlId());
        int at = position++;
        Integer pageStart = draft.draft().pageStart();
        if (pageStart != null && previousPageEnd != null && pageStart < previousPageEnd) {
            pageRestarts++;
        }
        if (draft.draft().pageEnd() != null) {
            previousPageEnd = draft.draft().pageEnd();
        }
        String id = existing.get(draft.xmlId());
        Outcome outcome;
        if (id == null) {
            DocumentStatus status = asDraft ? DocumentStatus.DRAFT : DocumentStatus.PUBLISHED;
            if (rows == null) {
                rows = new NewDocumentRows(dataSource);
            }
            Document fresh = Document.imported(volume, chapter, at, draft, personIds, status, by);
            rows.add(fresh, chapterId(draft.chapterXmlId()));
            written.add(fresh);
            created++;
            outcome = Outcome.CREATED;
        } else {
            outcome = reimport.apply(em.find(Document.class, id), volume, chapter, at, draft, personIds);
            switch (outcome) {
                case UPDATED -> updated++;
                case CONFLICT -> conflicts.add(id);
                case FOR_REVIEW -> forReview.add(id);
                default -> { }
            }
        }
        if (outcome == Outcome.CREATED || outcome == Outcome.UPDATED) {
            String documentId = volumeId + "-" + draft.xmlId();
            DocumentDraft d = draft.draft();
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
        if (position % BATCH == 0) {
            flush();
        }
        return outcome;
    }

    /** Writes what is pending: entities changed through the entity manager, then new documents' rows. */
    private void flush() {
        flushParts();
        em.flush();
        em.clear();
        if (rows != null) {
            rows.flush();
        }
        if (!written.isEmpty()) {
            events.publishEvent(new NewDocumentsWritten(volumeId, List.copyOf(written)));
            written.clear();
        }
    }

    private Long chapterId(String xmlId) {
        return xmlId == null ? null : chapterIds.get(xmlId);
    }

    private Chapter chapterRef(String xmlId) {
        Long id = xmlId == null ? null : chapterIds.get(xmlId);
        return id == null ? null : em.getReference(Chapter.class, id);
    }

    @Override
    public Report finish() {
        flush();
        if (rows != null) {
            rows.close();
            rows = null;
        }
        jdbc.sql("update volume set page_numbering = ? where id = ?")
                .params(pageRestarts > 0 ? "DOCUMENT" : "VOLUME", volumeId).update();
        int resolved = resolveDocumentAndPageReferences() + resolveTelegramReferences();
        events.publishEvent(new VolumeLoaded(volumeId, by, created, updated, conflicts.size(), asDraft,
                existing.isEmpty()));
        return new Report(volumeId, created, updated, List.copyOf(conflicts), resolved, List.copyOf(forReview));
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
