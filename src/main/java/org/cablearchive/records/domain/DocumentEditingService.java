package org.cablearchive.records.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cablearchive.records.Body;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentEditing;
import org.cablearchive.records.DocumentNotFoundException;
import org.cablearchive.records.DocumentSnapshot;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.DocumentSummary;
import org.cablearchive.records.IllegalTransitionException;
import org.cablearchive.records.InvalidDocumentException;
import org.cablearchive.records.StaleDocumentException;
import org.cablearchive.records.WithheldPassage;
import org.cablearchive.records.WorkflowAction;
import org.cablearchive.storage.RetriedOnceWhenDeadlocked;
import org.hibernate.StaleStateException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DocumentEditingService implements DocumentEditing {

    private final DocumentRepository documents;
    private final TelegramReferenceResolver resolver;
    private final ApplicationEventPublisher events;
    private final EntityManager em;
    private final WithheldRepository withheld;

    DocumentEditingService(DocumentRepository documents, TelegramReferenceResolver resolver, ApplicationEventPublisher events,
                           EntityManager em, WithheldRepository withheld) {
        this.documents = documents;
        this.resolver = resolver;
        this.events = events;
        this.em = em;
        this.withheld = withheld;
    }

    @Override
    @Transactional
    @RetriedOnceWhenDeadlocked
    public void lock(String id) {
        locked(id);
    }

    /**
     * The document, its row locked for the rest of the transaction ({@code select … for update}): taken first, before
     * any dependent row, so that concurrent changes of one document wait for each other here rather than deadlock on
     * its footnotes, references, revisions or audit entries. When the document was read earlier in this transaction
     * and someone has saved it since, the lock finds a newer version: 409.
     */
    private Document locked(String id) {
        try {
            Document d = em.find(Document.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (d == null) {
                throw new DocumentNotFoundException(id);
            }
            return d;
        } catch (OptimisticLockException | StaleStateException e) {
            throw new StaleDocumentException(id, versionNow(id));
        }
    }

    private long versionNow(String id) {
        Object v = em.createNativeQuery("select version from document where id = ?1").setParameter(1, id)
                .getResultStream().findFirst().orElse(0L);
        return ((Number) v).longValue();
    }

    private Correction pendingCorrection(Document d) {
        return d.status() == DocumentStatus.PUBLISHED ? em.find(Correction.class, d.id()) : null;
    }

    @Override
    @Transactional
    @RetriedOnceWhenDeadlocked
    public long revise(String id, DocumentDraft draft, long expectedVersion, String by, String comment) {
        Document d = current(id, expectedVersion);
        if (d.status() == DocumentStatus.PUBLISHED) {
            return correct(d, draft, by, comment, "CORRECTION_EDITED");
        }
        KeptLinks links = KeptLinks.of(d);
        d.revise(draft, by);
        links.restore(d, documents);
        d.maskAgain(withheld.findByDocumentIdOrderByIdAsc(id));
        flush(d);
        resolver.resolve(d);
        return saved(d, "EDITED", by, comment);
    }

    @Override
    @Transactional
    @RetriedOnceWhenDeadlocked
    public DocumentStatus transition(String id, WorkflowAction action, String by, String comment) {
        Document d = locked(id);
        Correction correction = pendingCorrection(d);
        if (correction != null && action != WorkflowAction.WITHDRAW) {
            return moveCorrection(d, correction, action, by, comment);
        }
        if (correction != null) {
            em.remove(correction); // withdrawn: the correction is moot; its revisions stay
        }
        d.move(action, by, comment);
        flush(d);
        publishEvents(d);
        return d.status();
    }

    @Override
    @Transactional
    @RetriedOnceWhenDeadlocked
    public long restore(String id, DocumentSnapshot snapshot, long expectedVersion, String by, String comment) {
        Document d = current(id, expectedVersion);
        if (d.status() == DocumentStatus.PUBLISHED) {
            return correct(d, snapshot.toDraft(), by, comment, "CORRECTION_RESTORED");
        }
        KeptLinks links = KeptLinks.of(d);
        d.revise(snapshot.toDraft(), by);
        links.restore(d, documents);
        d.maskAgain(withheld.findByDocumentIdOrderByIdAsc(id));
        flush(d);
        resolver.resolve(d);
        return saved(d, "RESTORED", by, comment);
    }

    @Override
    @Transactional
    @RetriedOnceWhenDeadlocked
    public int publishVolume(String volumeId, String by) {
        lockDrafts(volumeId);
        int published = 0;
        for (Document d : documents.findByVolumeIdAndStatusOrderByPositionInVolume(volumeId, DocumentStatus.DRAFT)) {
            if (d.publishWithVolume(by, "published with volume " + volumeId)) {
                em.flush();
                publishEvents(d);
                published++;
            }
        }
        return published;
    }

    /**
     * Takes the row locks of the volume's drafts at once, in the order of their ids, before any of them changes: a
     * change of one document (which takes its own row lock first) waits here or makes the batch wait, and two batches
     * take the locks in the same order, so neither deadlocks. {@code for no key update}, as an update of the row takes:
     * a reference of another document to one of these (a foreign key check) is not held up.
     */
    private void lockDrafts(String volumeId) {
        em.createNativeQuery("select id from document where volume_id = ?1 and status = ?2 order by id for no key update")
                .setParameter(1, volumeId).setParameter(2, DocumentStatus.DRAFT.name()).getResultList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EditableDocument> find(String id) {
        return documents.findById(id).map(d -> {
            Correction c = pendingCorrection(d);
            return new EditableDocument(d.id(), d.volume() == null ? null : d.volume().id(), d.version(), d.status(),
                    d.createdBy(), d.submittedBy(), d.approvedBy(), d.withdrawnReason(), d.snapshot(),
                    c == null ? null : c.view(), d.touchedBy(), d.approvedOnce());
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<DocumentSummary> queue(Set<DocumentStatus> statuses,
                                                                         String createdBy, String notSubmittedBy, int limit) {
        return documents.queue(statuses, lower(createdBy), lower(notSubmittedBy), PageRequest.of(0, limit));
    }

    @Override
    @Transactional(readOnly = true)
    public List<DocumentSummary> recentlyPublished(int limit) {
        return documents.recentlyPublished(PageRequest.of(0, limit));
    }

    @Override
    @Transactional(readOnly = true)
    public List<DocumentSummary> corrections(int limit) {
        return documents.withCorrections(PageRequest.of(0, limit));
    }

    @Override
    @Transactional(readOnly = true)
    public List<VolumeDrafts> volumesWithDrafts() {
        return documents.volumesWithDrafts();
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    // ----------------------------------------------------------------------------------------------------------
    // Corrections of published documents: the published text stays in the row until a correction is published.

    /** A person's new reading of a published document, kept as its pending correction. */
    private long correct(Document d, DocumentDraft draft, String by, String comment, String action) {
        DocumentSnapshot reading = masked(d.id(), Document.create(d.id(), draft, DocumentStatus.PUBLISHED, by).snapshot());
        Correction pending = em.find(Correction.class, d.id());
        Correction c = d.correct(pending, reading, by, null);
        if (pending == null) {
            em.persist(c);
        }
        d.registerSave(action, by, comment, c.reading().withStatus(c.stage()), null);
        return savedCorrection(d);
    }

    private DocumentStatus moveCorrection(Document d, Correction c, WorkflowAction action, String by, String comment) {
        if (d.moveCorrection(c, action, by, comment)) {
            KeptLinks links = KeptLinks.of(d);
            d.publishCorrection(c, by, comment);
            links.restore(d, documents);
            d.maskAgain(withheld.findByDocumentIdOrderByIdAsc(d.id()));
            em.remove(c);
            flush(d);
            resolver.resolve(d);
            publishEvents(d);
        } else {
            savedCorrection(d);
        }
        return d.status();
    }

    /**
     * A change of the pending correction only: the document's version moves (so that a save from an older version is
     * refused) but nothing the public reads does; the revision keeps the correction's reading, in its stage.
     */
    private long savedCorrection(Document d) {
        em.lock(d, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        flush(d);
        return publishEvents(d);
    }

    private Document current(String id, long expectedVersion) {
        Document d = locked(id);
        if (d.version() != expectedVersion) {
            throw new StaleDocumentException(id, d.version());
        }
        return d;
    }

    /** Writes the change now, so that a concurrent save is refused here, by its version, and the version is known. */
    private void flush(Document d) {
        try {
            em.flush();
        } catch (OptimisticLockException | ObjectOptimisticLockingFailureException e) {
            throw new StaleDocumentException(d.id(), d.version());
        }
    }

    /** A person's save of the document, written: registered by it and published with what else it registered. */
    private long saved(Document d, String action, String by, String comment) {
        d.registerSave(action, by, comment);
        return publishEvents(d);
    }

    /** Publishes what the document registered (inside this transaction, after the write); returns its version. */
    private long publishEvents(Document d) {
        d.releaseEvents().forEach(events::publishEvent);
        return d.version();
    }

    @Override
    @Transactional
    @RetriedOnceWhenDeadlocked
    public long linkReference(String documentId, String referenceKey, String targetDocumentId, String by) {
        Document d = locked(documentId);
        if (targetDocumentId == null || targetDocumentId.isBlank() || !documents.existsById(targetDocumentId.strip())) {
            throw new InvalidDocumentException("There is no document \"" + targetDocumentId
                    + "\" to link to: choose one from the search");
        }
        d.linkReference(referenceKey, targetDocumentId.strip(), by);
        flush(d);
        return publishEvents(d);
    }

    // ----------------------------------------------------------------------------------------------------------
    // Withheld passages (redaction). Withheld alone names DocumentEditing.Withheld (inherited), so the entity is
    // named in full.

    @Override
    @Transactional
    @RetriedOnceWhenDeadlocked
    public Withheld withhold(String id, String passage, String extent, String reason, String by) {
        Document d = locked(id);
        List<org.cablearchive.records.domain.Withheld> already = withheld.findByDocumentIdOrderByIdAsc(id);
        if (passage != null && already.stream().anyMatch(w -> w.text().strip().equals(passage.strip()))
                && !Body.plainTextOf(d.bodyXml()).contains(passage.strip())) {
            throw new IllegalTransitionException(
                    "This passage is withheld already (someone withheld it meanwhile): nothing was changed");
        }
        String key = d.nextWithheldKey(already.size() + 1);
        Body.Withheld cut = d.withhold(passage, key, extent, by);
        flush(d);
        withheld.save(new org.cablearchive.records.domain.Withheld(id, key, cut.text(), cut.tei(), extent, reason, by));
        publishEvents(d);
        return new Withheld(key, "[" + extent + "]", d.version());
    }

    @Override
    @Transactional(readOnly = true)
    public List<WithheldPassage> withheld(String id) {
        return withheld.findByDocumentIdOrderByIdAsc(id).stream().map(org.cablearchive.records.domain.Withheld::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public DocumentSnapshot masked(String id, DocumentSnapshot snapshot) {
        Body body = snapshot.draft().body();
        for (org.cablearchive.records.domain.Withheld w : withheld.findByDocumentIdOrderByIdAsc(id)) {
            body = body.masked(w.text(), w.key(), w.extent());
        }
        return snapshot.withBody(body.xml());
    }
}
