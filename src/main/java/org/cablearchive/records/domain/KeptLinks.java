package org.cablearchive.records.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.ReferenceKind;

/**
 * A document's resolved cross-references as they stood before an edit (a save, a restore, a correction published),
 * given back after it. An edit writes the references again from the draft: those that print what they printed before
 * keep where they led (links made at import or by a person), and a target that names a document of the archive by its
 * id (a person's choice) leads there.
 */
final class KeptLinks {

    /** A resolved reference as it stood before an edit: what it printed and where it led. */
    private record Link(ReferenceKind kind, String number, LocalDate date, String label,
                        String target, String targetDocumentId) {

        boolean names(CrossReference r) {
            return kind == r.kind() && Objects.equals(number, r.number()) && Objects.equals(date, r.date())
                    && Objects.equals(label, r.label()) && Objects.equals(target, r.target());
        }
    }

    private final List<Link> before;

    private KeptLinks(List<Link> before) {
        this.before = before;
    }

    /** The document's resolved references now, before it is edited. */
    static KeptLinks of(Document d) {
        return new KeptLinks(d.references().stream().filter(CrossReference::isResolved)
                .map(r -> new Link(r.kind(), r.number(), r.date(), r.label(), r.target(), r.targetDocumentId())).toList());
    }

    /** Leads the edited document's references where they led before, and those naming a document by its id there. */
    void restore(Document d, DocumentRepository documents) {
        List<Link> unused = new ArrayList<>(before);
        Set<String> named = new HashSet<>();
        for (CrossReference r : d.references()) {
            Link link = unused.stream().filter(l -> l.names(r)).findFirst().orElse(null);
            if (link != null) {
                unused.remove(link);
                r.resolveTo(link.targetDocumentId());
            } else if (r.target() != null && !r.target().contains("#")) {
                named.add(r.target());
            }
        }
        if (!named.isEmpty()) {
            Set<String> existing = new HashSet<>(documents.idsAmong(named, EnumSet.allOf(DocumentStatus.class)));
            for (CrossReference r : d.references()) {
                if (!r.isResolved() && existing.contains(r.target()) && !r.target().equals(d.id())) {
                    r.resolveTo(r.target());
                }
            }
        }
    }
}
