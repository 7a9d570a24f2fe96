package org.cablearchive.records.domain;

import java.util.Set;
import java.util.stream.Collectors;
import org.cablearchive.accounts.Reader;
import org.cablearchive.records.Body;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.DocumentView;
import org.springframework.stereotype.Component;

/**
 * Turns a stored document into the view pages and the API show. A cross-reference shows its target only when
 * the reader may see that document: the public is not told that a draft exists.
 */
@Component
class DocumentViews {

    private final DocumentRepository documents;

    DocumentViews(DocumentRepository documents) {
        this.documents = documents;
    }

    /** The ids of the resolved targets of this document's references that the reader may open. */
    Set<String> visibleTargets(Document d, Reader reader) {
        Set<String> targets = d.references().stream().filter(CrossReference::isResolved)
                .map(CrossReference::targetDocumentId).collect(Collectors.toSet());
        if (reader.seesUnpublished() || targets.isEmpty()) {
            return targets;
        }
        return Set.copyOf(documents.idsAmong(targets, DocumentStatus.publicStatuses()));
    }

    DocumentView of(Document d, Set<String> visibleTargets) {
        Body body = d.body();
        DocumentDraft draft = d.draft();
        return new DocumentView(d.id(), d.volume() == null ? null : d.volume().id(), d.numberInVolume(), d.status(), d.version(),
                draft.identification(), draft.dispatch(), draft.correspondence(), draft.pages(),
                d.references().stream()
                        .map(r -> new DocumentView.Reference(r.kind(), r.number(), r.date(), r.label(),
                                r.isResolved() && visibleTargets.contains(r.targetDocumentId()) ? r.targetDocumentId() : null))
                        .toList(),
                body.pageBreaks(), d.footnotes().stream().map(f -> new DocumentView.Footnote(f.mark(), f.text())).toList(),
                d.distribution(), d.signature(), body.plainText(), d.createdAt(), d.updatedAt());
    }
}
