package org.cablearchive.records.domain;

import org.cablearchive.records.Body;
import org.cablearchive.records.DocumentView;

/** Turns a stored document into the view pages and the API show. */
final class DocumentViews {

    private DocumentViews() {
    }

    static DocumentView of(Document d) {
        Body body = d.body();
        return new DocumentView(d.id(), d.volume() == null ? null : d.volume().id(), d.status(), d.version(),
                d.sourceNote(), d.fileNumber(), d.type(), d.title(), d.sender().party(), d.recipient().party(),
                d.classification(), d.precedence(), d.handling(), d.telegramNumber(), d.date().iso(), d.place(),
                d.references().stream()
                        .map(r -> new DocumentView.Reference(r.kind(), r.number(), r.date(), r.label(), r.targetDocumentId()))
                        .toList(),
                d.pageStart(), d.pageEnd(), body.pageBreaks(),
                d.footnotes().stream().map(f -> new DocumentView.Footnote(f.mark(), f.text())).toList(),
                d.distribution(), d.signature(), body.plainText(), d.createdAt(), d.updatedAt());
    }
}
