package org.cablearchive.records.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cablearchive.records.Body;
import org.cablearchive.records.BodyPreview;
import org.cablearchive.records.CrossReferences;
import org.cablearchive.records.ReferenceKind;
import org.cablearchive.records.UnresolvedReference;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CrossReferencesService implements CrossReferences, BodyPreview {

    /** Page references lead to a printed page, not to a document an archivist could pick. */
    private static final Set<ReferenceKind> QUEUED = EnumSet.complementOf(EnumSet.of(ReferenceKind.PAGE));

    private final CrossReferenceRepository references;

    CrossReferencesService(CrossReferenceRepository references) {
        this.references = references;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<UnresolvedReference> unresolved(ReferenceKind kind, Pageable page) {
        return references.unresolved(kind == null || !QUEUED.contains(kind) ? QUEUED : Set.of(kind), page);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReferenceKind> unresolvedKinds() {
        return references.unresolvedKinds(QUEUED);
    }

    @Override
    public String html(Body body) {
        return BodyHtml.render(body, Map.of(), Map.of());
    }
}
