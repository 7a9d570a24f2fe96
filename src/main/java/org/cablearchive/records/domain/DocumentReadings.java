package org.cablearchive.records.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Prepares the reading page of a document in one read-only transaction. */
@Service
public class DocumentReadings {

    private final DocumentRepository documents;
    private final DocumentViews views;

    DocumentReadings(DocumentRepository documents, DocumentViews views) {
        this.documents = documents;
        this.views = views;
    }

    @Transactional(readOnly = true)
    public Optional<DocumentReading> reading(String id, boolean staff) {
        return documents.findById(id).filter(d -> d.isVisibleTo(staff)).map(d -> {
            Set<String> visible = views.visibleTargets(d, staff);
            Map<String, String> targets = new HashMap<>();
            d.references().stream().filter(r -> visible.contains(r.targetDocumentId()))
                    .forEach(r -> targets.put(r.key(), r.targetDocumentId()));
            return new DocumentReading(views.of(d, visible), BodyHtml.render(d.body(), targets),
                    d.footnotes().stream().map(f -> new DocumentReading.Note(f.key(), f.mark(), f.text())).toList());
        });
    }
}
