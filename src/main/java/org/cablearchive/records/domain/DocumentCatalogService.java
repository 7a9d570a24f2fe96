package org.cablearchive.records.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cablearchive.accounts.Reader;
import org.cablearchive.records.ArchiveCounts;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentList;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.DocumentSummary;
import org.cablearchive.records.DocumentView;
import org.cablearchive.records.Tombstone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DocumentCatalogService implements DocumentCatalog {

    private final DocumentRepository documents;
    private final TelegramReferenceResolver resolver;
    private final DocumentViews views;
    private final ApplicationEventPublisher events;

    private final ArchiveSummaries summaries;
    private final DocumentLists lists;

    DocumentCatalogService(DocumentRepository documents, TelegramReferenceResolver resolver, DocumentViews views,
                           ApplicationEventPublisher events, ArchiveSummaries summaries, DocumentLists lists) {
        this.summaries = summaries;
        this.lists = lists;
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
        // saveAndFlush merges a document with an assigned id: the one it returns is the managed copy, which registers
        Document document = documents.saveAndFlush(Document.create(id, draft, status, by));
        document.registerSave("CREATED", by, null);
        resolver.resolve(document);
        document.releaseEvents().forEach(events::publishEvent);
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DocumentView> find(String id, Reader reader) {
        return documents.findById(id)
                .filter(d -> d.isVisibleTo(reader))
                .map(d -> views.of(d, views.visibleTargets(d, reader)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<DocumentSummary> summaries(Collection<String> ids, Reader reader) {
        return ids.isEmpty() ? List.of() : documents.summariesOf(ids, statuses(reader));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Tombstone> tombstone(String id) {
        return documents.findById(id).filter(d -> d.status() == DocumentStatus.WITHDRAWN)
                .map(d -> new Tombstone(d.id(), d.title(), d.withdrawnReason(), d.withdrawnAt()));
    }

    @Override
    @Transactional(readOnly = true)
    public DocumentList list(DocumentList.Position at, int size, Reader reader) {
        return lists.list(at, size, reader);
    }

    @Override
    @Transactional(readOnly = true)
    public ArchiveCounts counts(Reader reader) {
        return summaries.counts(reader);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return summaries.documents() == 0;
    }

    @Override
    @Transactional(readOnly = true)
    public long size() {
        return summaries.documents();
    }

    private static Set<DocumentStatus> statuses(Reader reader) {
        return DocumentStatus.visibleTo(reader);
    }
}
