package org.cablearchive.records;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Everything a document held at one save: its status and its draft, its body as TEI, its footnotes and
 * cross-references as entered. A revision keeps it as JSON, one flat object (the draft's groups unwrapped), in the
 * shape revisions have always had; {@link #toDraft()} gives it back for a restore.
 */
public record DocumentSnapshot(DocumentStatus status, @JsonUnwrapped DocumentDraft draft) {

    public DocumentSnapshot {
        draft = draft == null ? DocumentDraft.EMPTY : draft;
    }

    /** The snapshot as a draft to save again. */
    public DocumentDraft toDraft() {
        return draft;
    }

    public String title() {
        return draft.title();
    }

    /** The printed pages as one label: "1475–1477", "xii–xiv"; null when none are known. */
    public String printedPages() {
        return draft.printedPages();
    }

    /** The body's plain text, as the editing form and the revision page show it. */
    public String bodyText() {
        return draft.body().plainText();
    }

    /** The same snapshot in another status (a pending correction is the reading as it would be published). */
    public DocumentSnapshot withStatus(DocumentStatus otherStatus) {
        return new DocumentSnapshot(otherStatus, draft);
    }

    /** The same snapshot with another body (the withheld passages masked). */
    public DocumentSnapshot withBody(String otherBody) {
        return new DocumentSnapshot(status, draft.withBody(Body.of(otherBody)));
    }
}
