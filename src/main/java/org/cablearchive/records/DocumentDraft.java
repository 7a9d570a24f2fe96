package org.cablearchive.records;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a reader of an outside form (plain text, TEI) found in one document, before it is saved.
 * Lists are never null; any other field may be null when the source does not say.
 *
 * @param type           the kind of document, {@link DocumentType#OTHER} when unknown
 * @param title          the head, e.g. "The Charge in the Soviet Union (Cumming) to the Secretary of State"
 * @param sourceNote     the source note as printed, e.g. "611.61/10–1551: Telegram"
 * @param fileNumber     the file number as printed, e.g. "611.61/10–1551" (see {@link FileNumber})
 * @param handling       handling caveats as printed in capitals: NODIS, EXDIS, LIMDIS, NOFORN, EYES ONLY…
 * @param telegramNumber the telegram's own number, e.g. "639"
 * @param place          the place of the dateline, e.g. "Moscow"
 * @param pageStart      the printed page the document begins on, where its number is arabic
 * @param pageEnd        the printed page it ends on, where its number is arabic
 * @param participants   the people of a memorandum of conversation as printed, one entry per line or item
 *                       ("The Secretary", "Anatoliy F. Dobrynin, Soviet Ambassador")
 * @param precedencePrinted the precedence in the wording printed ("us urgent", "Operational Immediate"), null
 *                       when none is printed
 * @param pageFirst      the label of the first page as printed ("xii", "[5]", "1475"); the page number when only
 *                       that is given
 * @param pageLast       the label of the last page as printed
 */
public record DocumentDraft(
        DocumentType type,
        String title,
        String sourceNote,
        String fileNumber,
        Classification classification,
        Precedence precedence,
        List<String> handling,
        String telegramNumber,
        DocumentDate date,
        String place,
        Party sender,
        Party recipient,
        Body body,
        List<FootnoteDraft> footnotes,
        List<ReferenceDraft> references,
        String distribution,
        String signature,
        Integer pageStart,
        Integer pageEnd,
        List<String> participants,
        String precedencePrinted,
        String pageFirst,
        String pageLast) {

    /** Title given to a document whose source has none, in the brackets FRUS uses for editors' words. */
    public static final String UNTITLED = "[Untitled]";

    public DocumentDraft {
        type = type == null ? DocumentType.OTHER : type;
        classification = classification == null ? Classification.UNKNOWN : classification;
        precedence = precedence == null ? Precedence.UNKNOWN : precedence;
        handling = handling == null ? List.of() : List.copyOf(handling);
        date = date == null ? DocumentDate.UNDATED : date;
        sender = sender == null ? Party.NONE : sender;
        recipient = recipient == null ? Party.NONE : recipient;
        body = body == null ? Body.EMPTY : body;
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
        references = references == null ? List.of() : List.copyOf(references);
        participants = Participants.clean(participants);
        precedencePrinted = precedencePrinted == null || precedencePrinted.isBlank() ? null : precedencePrinted.strip();
        pageFirst = PrintedPages.label(pageFirst, pageStart);
        pageLast = PrintedPages.label(pageLast, pageEnd);
    }

    /** A draft without participants, printed precedence wording or page labels other than its page numbers. */
    public DocumentDraft(DocumentType type, String title, String sourceNote, String fileNumber,
                         Classification classification, Precedence precedence, List<String> handling,
                         String telegramNumber, DocumentDate date, String place, Party sender, Party recipient, Body body,
                         List<FootnoteDraft> footnotes, List<ReferenceDraft> references, String distribution,
                         String signature, Integer pageStart, Integer pageEnd) {
        this(type, title, sourceNote, fileNumber, classification, precedence, handling, telegramNumber, date, place,
                sender, recipient, body, footnotes, references, distribution, signature, pageStart, pageEnd, null, null,
                null, null);
    }

    /** The printed pages as one label: "1475–1477", "xii–xiv", "[5]"; null when none are known. */
    public String printedPages() {
        return PrintedPages.range(pageFirst, pageLast);
    }

    /** The precedence as printed when its wording differs from the scale's label ("us urgent" for Immediate), else null. */
    public String precedenceWording() {
        return precedence.wordingIfDifferent(precedencePrinted);
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
