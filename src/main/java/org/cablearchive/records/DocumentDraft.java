package org.cablearchive.records;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Everything a reader of an outside form (plain text, TEI) found in one document, before it is saved, in the groups
 * the archive speaks of: what it is ({@link Identification}), how it was sent ({@link Dispatch}), who wrote to whom,
 * when and where ({@link Correspondence}), its text ({@link DocumentText}) and its printed pages ({@link PrintedPages}).
 * No group is null, nor any list; other values may be null when the source does not say. Built from {@link #EMPTY}
 * with the {@code with…} methods; the one-line accessors below are shortcuts into the groups.
 * As JSON (a revision's snapshot) the groups are unwrapped: one flat object whose names are the groups' components.
 */
public record DocumentDraft(
        @JsonUnwrapped Identification identification,
        @JsonUnwrapped Dispatch dispatch,
        @JsonUnwrapped Correspondence correspondence,
        @JsonUnwrapped DocumentText text,
        @JsonUnwrapped PrintedPages pages) {

    /** Title given to a document whose source has none, in the brackets FRUS uses for editors' words. */
    public static final String UNTITLED = "[Untitled]";

    /** A draft that says nothing yet. */
    public static final DocumentDraft EMPTY = new DocumentDraft(null, null, null, null, null);

    public DocumentDraft {
        identification = identification == null ? Identification.NONE : identification;
        dispatch = dispatch == null ? Dispatch.NONE : dispatch;
        correspondence = correspondence == null ? Correspondence.NONE : correspondence;
        text = text == null ? DocumentText.NONE : text;
        pages = pages == null ? PrintedPages.NONE : pages;
    }

    /** A draft with its type, title and body only. */
    public static DocumentDraft titled(DocumentType type, String title, Body body) {
        return EMPTY.withIdentification(i -> i.withType(type).withTitle(title)).withText(t -> t.withBody(body));
    }

    public DocumentDraft withIdentification(UnaryOperator<Identification> change) {
        return new DocumentDraft(change.apply(identification), dispatch, correspondence, text, pages);
    }

    public DocumentDraft withDispatch(UnaryOperator<Dispatch> change) {
        return new DocumentDraft(identification, change.apply(dispatch), correspondence, text, pages);
    }

    public DocumentDraft withCorrespondence(UnaryOperator<Correspondence> change) {
        return new DocumentDraft(identification, dispatch, change.apply(correspondence), text, pages);
    }

    public DocumentDraft withText(UnaryOperator<DocumentText> change) {
        return new DocumentDraft(identification, dispatch, correspondence, change.apply(text), pages);
    }

    public DocumentDraft withPages(PrintedPages other) {
        return new DocumentDraft(identification, dispatch, correspondence, text, other);
    }

    public DocumentDraft withBody(Body body) {
        return withText(t -> t.withBody(body));
    }

    // Shortcuts into the groups.
    public DocumentType type() { return identification.type(); }
    public String title() { return identification.title(); }
    public String sourceNote() { return identification.sourceNote(); }
    public String fileNumber() { return identification.fileNumber(); }
    public String drafting() { return identification.drafting(); }
    public Classification classification() { return dispatch.classification(); }
    public Precedence precedence() { return dispatch.precedence(); }
    public String precedencePrinted() { return dispatch.precedencePrinted(); }
    public List<String> handling() { return dispatch.handling(); }
    public String telegramNumber() { return dispatch.telegramNumber(); }
    public Party sender() { return correspondence.sender(); }
    public Party recipient() { return correspondence.recipient(); }
    public List<String> participants() { return correspondence.participants(); }
    public DocumentDate date() { return correspondence.date(); }
    public String place() { return correspondence.place(); }
    public Body body() { return text.body(); }
    public List<FootnoteDraft> footnotes() { return text.footnotes(); }
    public List<ReferenceDraft> references() { return text.references(); }
    public String distribution() { return text.distribution(); }
    public String signature() { return text.signature(); }
    public Integer pageStart() { return pages.pageStart(); }
    public Integer pageEnd() { return pages.pageEnd(); }
    public String pageFirst() { return pages.pageFirst(); }
    public String pageLast() { return pages.pageLast(); }

    /** The printed pages as one label: "1475–1477", "xii–xiv", "[5]"; null when none are known. */
    public String printedPages() {
        return pages.printed();
    }

    /** The precedence as printed when its wording differs from the scale's label ("us urgent" for Immediate), else null. */
    public String precedenceWording() {
        return dispatch.precedenceWording();
    }

    /**
     * A footnote: {@code key} ties it to its anchor in the body ({@code <note xml:id="key"/>}), {@code n} is
     * the mark as printed ("1", "*", "†"), {@code text} its plain text. {@code tei} is the whole {@code <note>}
     * element as the source encodes it (attributes, markup, {@code <ref corresp="#xrK">} around its references),
     * null for a footnote that did not come from TEI.
     */
    public record FootnoteDraft(String key, String n, String text, String tei) {

        public FootnoteDraft(String key, String n, String text) {
            this(key, n, text, null);
        }
    }

    /**
     * A reference to another document as printed ({@code label} "Embtel 634, October 15"), with what it names:
     * the kind, the telegram number and date where it gives them. {@code key} ties it to its place in the body
     * ({@code <ref corresp="#key">}); {@code target} is how the source names its target when it does
     * ({@code #d38}, {@code frus1964-68v14#d335}), else null.
     */
    public record ReferenceDraft(String key, ReferenceKind kind, String number, LocalDate date, String label, String target) { }
}
