package org.cablearchive.records.domain;

import org.cablearchive.records.VolumeDocumentDraft;

/** A stored document turned back into the draft a volume would give, for export and round trips. */
final class VolumeDocumentDrafts {

    private VolumeDocumentDrafts() {
    }

    static VolumeDocumentDraft of(Document d) {
        return new VolumeDocumentDraft(d.xmlId(), d.numberInVolume(), d.chapter() == null ? null : d.chapter().xmlId(),
                d.draft(), d.mentions().stream()
                .map(m -> new VolumeDocumentDraft.Mention(m.personKey(), m.namePrinted())).toList());
    }
}
