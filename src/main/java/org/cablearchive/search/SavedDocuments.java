package org.cablearchive.search;

import jakarta.persistence.EntityManager;
import org.cablearchive.records.DocumentSaved;
import org.cablearchive.records.domain.Document;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reindexes a document with every save through the desk (an edit, a workflow move, a restore, a withheld passage), in
 * the saving transaction, so that the index holds it as saved once the save has committed. The mapping's bridge reads
 * the whole document without declaring which properties it reads, so Hibernate Search's automatic indexing alone does
 * not notice that, say, the body changed.
 */
@Component
class SavedDocuments {

    private final EntityManager em;

    SavedDocuments(EntityManager em) {
        this.em = em;
    }

    @EventListener
    void documentSaved(DocumentSaved e) {
        Document d = em.find(Document.class, e.documentId());
        if (d != null) {
            Search.session(em).indexingPlan().addOrUpdate(d);
        }
    }
}
