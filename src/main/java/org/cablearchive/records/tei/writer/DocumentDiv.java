package org.cablearchive.records.tei.writer;

import static org.cablearchive.records.tei.TeiNames.DIV;
import static org.cablearchive.records.tei.TeiNames.HEAD;
import static org.cablearchive.records.tei.TeiNames.N;
import static org.cablearchive.records.tei.TeiNames.TYPE;
import static org.cablearchive.records.tei.TeiNames.XML_ID;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cablearchive.records.Body;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentDraft.FootnoteDraft;
import org.cablearchive.records.DocumentDraft.ReferenceDraft;
import org.cablearchive.records.VolumeDocumentDraft;

/**
 * Writes one {@code <div type="document">}. A document read from TEI keeps its whole encoding in its body, head
 * included, so its children are copied back as they are. A document entered as plain text has no {@code <head>}
 * and no footnote with TEI; for it a FRUS-style document is made from the draft's fields
 * ({@link PlainTextDocument}).
 */
final class DocumentDiv {

    private DocumentDiv() {
    }

    static void write(TeiOutput out, VolumeDocumentDraft document) {
        DocumentDraft d = document.draft();
        out.start(DIV).attribute(TYPE, "document").attribute(XML_ID, document.xmlId())
                .attribute(N, document.number());
        content(out, document);
        out.end();
    }

    /** What the document's div holds, without the div's own tags (a kept volume writes its start tag as it came). */
    static void content(TeiOutput out, VolumeDocumentDraft document) {
        DocumentDraft d = document.draft();
        Set<String> referenceKeys = new HashSet<>();
        for (ReferenceDraft r : d.references()) {
            if (r.key() != null) {
                referenceKeys.add("#" + r.key());
            }
        }
        if (enteredAsPlainText(d)) {
            PlainTextDocument.write(out, document, referenceKeys);
        } else {
            FragmentCopier copier = new FragmentCopier(out, d.footnotes(), referenceKeys, null, null);
            copier.copyBody(d.body());
            // Every footnote of a TEI document has its anchor; one without is kept rather than lost.
            for (FootnoteDraft f : copier.unwrittenFootnotes()) {
                copier.writeFootnote(f, null, null);
            }
        }
    }

    /**
     * True for a draft that did not come from TEI: the TEI reader keeps every document's {@code <head>} in the
     * body, and any footnote it reads has its TEI; plain-text drafts have neither. A TEI document without a head
     * (an odd volume's) is titled {@link DocumentDraft#UNTITLED}, and gets no head made up for it.
     */
    static boolean enteredAsPlainText(DocumentDraft d) {
        for (FootnoteDraft f : d.footnotes()) {
            if (f.tei() != null) {
                return false;
            }
        }
        return !hasHead(d.body()) && !DocumentDraft.UNTITLED.equals(d.title());
    }

    private static boolean hasHead(Body body) {
        boolean[] found = {false};
        body.walk(new Body.Visitor() {
            @Override
            public void start(String element, Map<String, String> attributes) {
                found[0] |= element.equals(HEAD);
            }
        });
        return found[0];
    }

    /** The footnotes whose anchor the body does not hold, in order. */
    static List<FootnoteDraft> unanchored(DocumentDraft d) {
        Set<String> anchors = new HashSet<>(d.body().footnoteAnchors());
        return d.footnotes().stream().filter(f -> !anchors.contains(f.key())).toList();
    }
}
