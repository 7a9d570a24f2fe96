package org.cablearchive.records.domain;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.cablearchive.records.ChapterDraft;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.VolumeDocumentDraft;
import org.cablearchive.records.VolumeStore.VolumeLoad;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads one volume inside the caller's transaction. Every {@value #BATCH} documents it writes what is pending
 * and empties the persistence context, so memory stays flat however large the volume is.
 */
class VolumeLoader implements VolumeLoad {

    static final int BATCH = 200;

    private final EntityManager em;
    private final JdbcClient jdbc;
    private final String volumeId;
    private final boolean asDraft;
    private final boolean force;
    private final String by;
    private final Supplier<Map<String, Long>> personLookup;
    private Map<String, Long> personIds;
    private final Map<String, String> existing;
    private final Map<String, Long> chapterIds = new HashMap<>();
    private final List<String> conflicts = new ArrayList<>();
    private int chapters;
    private int position;
    private int created;
    private int updated;

    VolumeLoader(EntityManager em, JdbcClient jdbc, String volumeId, Supplier<Map<String, Long>> personLookup, boolean asDraft,
                 boolean force, String by) {
        this.em = em;
        this.jdbc = jdbc;
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
    }

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
        String id = existing.get(draft.xmlId());
        Outcome outcome;
        if (id == null) {
            DocumentStatus status = asDraft ? DocumentStatus.DRAFT : DocumentStatus.PUBLISHED;
            em.persist(Document.imported(volume, chapter, at, draft, personIds, status, by));
            created++;
            outcome = Outcome.CREATED;
        } else if (em.find(Document.class, id).reimport(volume, chapter, at, draft, personIds, force, by)) {
            updated++;
            outcome = Outcome.UPDATED;
        } else {
            conflicts.add(id);
            outcome = Outcome.CONFLICT;
        }
        if ((created + updated + conflicts.size()) % BATCH == 0) {
            em.flush();
            em.clear();
        }
        return outcome;
    }

    private Chapter chapterRef(String xmlId) {
        Long id = xmlId == null ? null : chapterIds.get(xmlId);
        return id == null ? null : em.getReference(Chapter.class, id);
    }

    @Override
    public Report finish() {
        em.flush();
        em.clear();
        int resolved = resolveDocumentAndPageReferences();
        return new Report(volumeId, created, updated, List.copyOf(conflicts), resolved);
    }

    /**
     * Ties references of the form {@code volume#dN} and {@code volume#pg_N} to their documents, in every volume:
     * this one's own, and those of volumes imported earlier that were waiting for this one.
     */
    private int resolveDocumentAndPageReferences() {
        // the candidates: this volume's own unresolved references, and those elsewhere that point into it
        String candidates = """
                select r.id from cross_reference r join document d on d.id = r.document_id
                where d.volume_id = :volume and r.target_document_id is null and r.kind in ('DOCUMENT', 'PAGE')
                union
                select r.id from cross_reference r
                where split_part(r.target, '#', 1) = :volume and r.target_document_id is null and r.kind in ('DOCUMENT', 'PAGE')
                """;
        int documents = jdbc.sql("""
                update cross_reference r set target_document_id = d.id
                from document d
                where r.id in (%s) and r.kind = 'DOCUMENT' and d.id = replace(r.target, '#', '-')
                """.formatted(candidates)).param("volume", volumeId).update();
        int pages = jdbc.sql("""
                update cross_reference r set target_document_id = t.document_id
                from (select distinct on (r2.id) r2.id as reference_id, d.id as document_id
                      from cross_reference r2
                      join document d on d.volume_id = split_part(r2.target, '#', 1)
                       and d.page_start <= cast(substring(r2.target from '#pg_([0-9]+)$') as integer)
                       and d.page_end >= cast(substring(r2.target from '#pg_([0-9]+)$') as integer)
                      where r2.id in (%s) and r2.kind = 'PAGE' and r2.target ~ '#pg_[0-9]+$'
                      order by r2.id, d.position_in_volume) t
                where r.id = t.reference_id
                """.formatted(candidates)).param("volume", volumeId).update();
        return documents + pages;
    }
}
