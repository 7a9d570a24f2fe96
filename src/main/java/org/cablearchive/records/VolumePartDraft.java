package org.cablearchive.records;

import java.util.Objects;

/**
 * A piece of a volume's TEI that is not a document, kept verbatim in its place, so that the volume written back
 * is the volume that came in: its {@code teiHeader}, front and back matter, the chapters around the documents and
 * whatever stands between documents (a page break, a paragraph at chapter level, an untyped div).
 *
 * @param kind  what the piece is
 * @param zone  where in the volume it stands
 * @param xmlId the element's {@code xml:id} (OPEN, FRAGMENT), the archive's xml:id of the document (DOCUMENT), or null
 * @param tei   OPEN and DOCUMENT: the start tag written as an empty element ({@code <div type="chapter" n="I"/>});
 *              FRAGMENT: one element as encoded; TEXT: the text itself (not escaped); CLOSE: empty
 */
public record VolumePartDraft(Kind kind, Zone zone, String xmlId, String tei) {

    public VolumePartDraft {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(zone, "zone");
        tei = tei == null ? "" : tei;
    }

    public enum Kind {
        /** The start tag of an element that holds documents or other parts; its end is a later CLOSE. */
        OPEN,
        /** The end tag of the innermost OPEN. */
        CLOSE,
        /** One whole element as encoded. */
        FRAGMENT,
        /** Text between elements that is not white space. */
        TEXT,
        /** The place of a document; {@code tei} holds the start tag of its div. */
        DOCUMENT
    }

    public enum Zone { HEADER, FRONT, BODY, BACK, OTHER }
}
