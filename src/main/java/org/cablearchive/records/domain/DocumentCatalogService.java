package org.cablearchive.records.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.cablearchive.records.ArchiveCounts;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.DocumentSummary;
import org.cablearchive.records.DocumentView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.cablearchive.records.DocumentPublished;
import org.cablearchive.records.DocumentSaved;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DocumentCatalogService implements DocumentCatalog {

    private final DocumentRepository documents;
    private final TelegramReferenceResolver resolver;
    private final DocumentViews views;
    private final ApplicationEventPublisher events;

    DocumentCatalogService(DocumentRepository documents, TelegramReferenceResolver resolver, DocumentViews views,
                           ApplicationEventPublisher events) {
        this.documents = documents;
        this.resolver = resolver;
        this.views = views;
        this.events = events;
    }

    @Override
    @Transactional
    public String create(DocumentDraft draft, DocumentStatus status, String by) {
        String id = DocumentIds.generate();
        while (documents.existsById(id)) {
            id = DocumentIds.generate();
        }
        Document document = documents.saveAndFlush(Document.create(id, draft, status, by));
        resolver.resolve(document);
        events.publishEvent(new DocumentSaved(id, document.version(), "CREATED", by, null, document.snapshot()));
        if (status.isPublic()) {
            events.publishEvent(new DocumentPublished(id, by));
        }
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DocumentView> find(String id, boolean staff) {
        return documents.findById(id)
                .filter(d -> d.isVisibleTo(staff))
                .map(d -> views.of(d, views.visibleTargets(d, staff)));
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.List<DocumentSummary> summaries(java.util.Collection<String> ids, boolean staff) {
        return ids.isEmpty() ? java.util.List.of() : documents.summariesOf(ids, statuses(staff));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<org.cablearchive.records.Tombstone> tombstone(String id) {
        return documents.findById(id).filter(d -> d.status() == DocumentStatus.WITHDRAWN)
                .map(d -> new org.cablearchive.records.Tombstone(d.id(), d.title(), d.withdrawnReason(), d.withdrawnAt()));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<DocumentSummary> list(Pageable page, boolean staff) {
        return documents.summaries(statuses(staff), page);
    }

    @Override
    @Transactional(readOnly = true)
    public ArchiveCounts counts(boolean staff) {
        Set<DocumentStatus> statuses = statuses(staff);
        return new ArchiveCounts(documents.countByStatusIn(statuses), documents.countVolumes(statuses),
                documents.countFootnotes(statuses), documents.countCrossReferences(statuses));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return documents.count() == 0;
    }

    @Override
    @Transactional(readOnly = true)
    public long size() {
        return documents.count();
    }

    private static Set<DocumentStatus> statuses(boolean staff) {
        return staff ? EnumSet.allOf(DocumentStatus.class) : DocumentStatus.publicStatuses();
    }
}
