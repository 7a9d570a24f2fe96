package org.cablearchive.records.domain;

import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.VolumeDocumentDraft;

/** A stored document turned back into the draft a volume would give, for export and round trips. */
final class VolumeDocumentDrafts {

    private VolumeDocumentDrafts() {
    }

    static VolumeDocumentDraft of(Document d) {
        DocumentDraft draft = new DocumentDraft(d.type(), d.title(), d.sourceNote(), d.fileNumber(), d.classification(),
                d.precedence(), d.handling(), d.telegramNumber(), d.date(), d.place(), d.sender().party(),
                d.recipient().party(), d.body(),
                d.footnotes().stream().map(f -> new DocumentDraft.FootnoteDraft(f.key(), f.mark(), f.text(), f.tei())).toList(),
                d.references().stream().map(r -> new DocumentDraft.ReferenceDraft(r.key(), r.kind(), r.number(), r.date(),
                        r.label(), r.target())).toList(),
                d.distribution(), d.signature(), d.pageStart(), d.pageEnd(), d.participants(), d.precedencePrinted(),
                d.pageFirst(), d.pageLast());
        return new VolumeDocumentDraft(d.xmlId(), d.numberInVolume(), d.chapter() == null ? null : d.chapter().xmlId(),
                draft, d.mentions().stream()
                .map(m -> new VolumeDocumentDraft.Mention(m.personKey(), m.namePrinted())).toList());
    }
}
