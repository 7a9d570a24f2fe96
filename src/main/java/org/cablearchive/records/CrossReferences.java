package org.cablearchive.records;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The cross-references of the archive as the desk works on them (staff only: drafts are included). */
public interface CrossReferences {

    /**
     * The references that lead to no document, newest documents first (in their printed order within a document);
     * {@code kind} null for every kind. Page references (to a printed page of a volume) are not in the queue.
     */
    Page<UnresolvedReference> unresolved(ReferenceKind kind, Pageable page);

    /** The kinds that have unresolved references, for the queue's filter. */
    List<ReferenceKind> unresolvedKinds();
}
