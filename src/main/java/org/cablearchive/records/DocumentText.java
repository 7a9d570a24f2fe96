package org.cablearchive.records;

import java.util.List;
import org.cablearchive.records.DocumentDraft.FootnoteDraft;
import org.cablearchive.records.DocumentDraft.ReferenceDraft;

/**
 * The text of a document as printed: its body (TEI, see {@link Body}), its footnotes and cross-references keyed to
 * their places in the body, and the lines printed after it.
 *
 * @param body         the body, {@link Body#EMPTY} when there is none
 * @param footnotes    the footnotes, in their order
 * @param references   the references to other documents, in their order
 * @param distribution the distribution line printed after the text ("Sent Department 613, repeated London 87")
 * @param signature    the signature as printed
 */
public record DocumentText(Body body, List<FootnoteDraft> footnotes, List<ReferenceDraft> references,
                           String distribution, String signature) {

    public static final DocumentText NONE = new DocumentText(null, null, null, null, null);

    public DocumentText {
        body = body == null ? Body.EMPTY : body;
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
        references = references == null ? List.of() : List.copyOf(references);
    }

    public DocumentText withBody(Body v) { return new DocumentText(v, footnotes, references, distribution, signature); }
    public DocumentText withFootnotes(List<FootnoteDraft> v) { return new DocumentText(body, v, references, distribution, signature); }
    public DocumentText withReferences(List<ReferenceDraft> v) { return new DocumentText(body, footnotes, v, distribution, signature); }
    public DocumentText withDistribution(String v) { return new DocumentText(body, footnotes, references, v, signature); }
    public DocumentText withSignature(String v) { return new DocumentText(body, footnotes, references, distribution, v); }
}
