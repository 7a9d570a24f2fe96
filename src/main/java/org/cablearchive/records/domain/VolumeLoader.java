package org.cablearchive.records.domain;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.cablearchive.records.ChapterDraft;
import org.cablearchive.records.DocumentStatus;
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
    /** The volume's references, resolved once all its documents are in. */
    private final VolumeReferences references;
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
        this.references = new VolumeReferences(jdbc, dataSource, volumeId);
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
            references.add(volumeId + "-" + draft.xmlId(), draft.draft());
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
        int resolved = references.resolve();
        events.publishEvent(new VolumeLoaded(volumeId, by, created, updated, conflicts.size(), asDraft,
                existing.isEmpty()));
        return new Report(volumeId, created, updated, List.copyOf(conflicts), resolved, List.copyOf(forReview));
    }
}
