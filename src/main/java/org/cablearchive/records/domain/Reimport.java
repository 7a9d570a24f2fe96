package org.cablearchive.records.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cablearchive.records.DocumentSaved;
import org.cablearchive.records.DocumentSnapshot;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.VolumeDocumentDraft;
import org.cablearchive.records.VolumeStore.Changes;
import org.cablearchive.records.VolumeStore.VolumeLoad.Outcome;
import org.springframework.context.ApplicationEventPublisher;

/**
 * What a new import of a volume does to one document already in the archive (the review policy's REIMPORT lines):
 * an unchanged document is left untouched (no write, no revision); a changed one gets a revision of its own (the new
 * reading, by whom, from which file, compared on its revision page with the one before); an unpublished one takes the
 * new reading; a published one keeps its published text and gets the new reading as a correction waiting for review,
 * unless an editor asked to publish the changes with the import. A document a person changed since the last import
 * (or whose correction a person is working on) is a conflict, left alone unless forced.
 */
final class Reimport {

    private final EntityManager em;
    private final ApplicationEventPublisher events;
    private final boolean force;
    private final Changes changes;
    private final String by;
    /** This volume's documents with withheld passages: their new reading must not bring the passages back. */
    private final Set<String> withWithheld;

    Reimport(EntityManager em, ApplicationEventPublisher events, boolean force, Changes changes, String by,
             Set<String> withWithheld) {
        this.em = em;
        this.events = events;
        this.force = force;
        this.changes = changes;
        this.by = by;
        this.withWithheld = withWithheld;
    }

    Outcome apply(Document d, Volume volume, Chapter chapter, int position, VolumeDocumentDraft draft,
                  Map<String, Long> personIds) {
        Document fresh = Document.imported(volume, chapter, position, draft, personIds, d.status(), by);
        List<Withheld> withheld = withWithheld.contains(d.id()) ? Withheld.of(em, d.id()) : List.of();
        fresh.maskAgain(withheld);
        DocumentSnapshot reading = fresh.snapshot();
        if (reading.equals(d.snapshot())) {
            if (d.placedAs(fresh)) {
                return Outcome.UNCHANGED;
            }
            d.placeAs(volume, chapter, position, draft, personIds); // the volume's arrangement, not the text
            em.flush();
            d.markImported();
            return Outcome.UPDATED;
        }
        if (d.isEditedSinceImport() && !force) {
            return Outcome.CONFLICT;
        }
        Correction pending = d.status() == DocumentStatus.PUBLISHED ? em.find(Correction.class, d.id()) : null;
        DocumentSaved.Previous before = new DocumentSaved.Previous(d.version(),
                d.updatedBy() == null ? d.createdBy() : d.updatedBy(), d.snapshot());
        String from = changes.source() == null ? "a volume import" : changes.source();
        if (d.status() == DocumentStatus.PUBLISHED && !changes.publish()) {
            Correction c = d.proposeImported(pending, reading, by, from);
            if (pending == null) {
                em.persist(c);
            }
            em.lock(d, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            if (!d.placedAs(fresh)) {
                d.placeAs(volume, chapter, position, draft, personIds);
            }
            em.flush();
            d.markImported();
            d.registerSave("IMPORT_PROPOSED", by, "new reading from " + from + ", waiting for review",
                    c.reading().withStatus(c.stage()), before);
            d.releaseEvents().forEach(events::publishEvent);
            return Outcome.FOR_REVIEW;
        }
        if (pending != null) {
            em.remove(pending); // published with the import: what waited for review is replaced by it
        }
        d.reimport(volume, chapter, position, draft, personIds, true, by);
        d.maskAgain(withheld);
        em.flush();
        d.markImported();
        d.registerSave("IMPORTED", by, "new reading from " + from
                + (d.status() == DocumentStatus.PUBLISHED ? ", published with the import" : ""), null, before);
        d.releaseEvents().forEach(events::publishEvent);
        return Outcome.UPDATED;
    }
}
