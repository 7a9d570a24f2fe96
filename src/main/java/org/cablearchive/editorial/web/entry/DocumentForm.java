package org.cablearchive.editorial.web.entry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.cablearchive.records.Classification;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentSnapshot;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.Participants;
import org.cablearchive.records.Precedence;

/**
 * What the entry and editing forms send: every field of a document as typed, the body in its plain-text form, the
 * footnotes as rows, the cross-references with the documents they lead to, and for an edit the version the form was
 * opened at and the revision's comment. Checks that need no archive are Bean Validation here; the others
 * ({@link DocumentForms}) come back as field errors too.
 */
public record DocumentForm(
        DocumentType type,
        @NotBlank(message = "Give the title as printed, e.g. “The Chargé in the Soviet Union (Cumming) to the Secretary of State”")
        @Size(max = 2000, message = "A title is at most 2,000 characters")
        String title,
        @Size(max = 4000, message = "A source note is at most 4,000 characters") String sourceNote,
        @Size(max = 200, message = "A file number is at most 200 characters") String fileNumber,
        @Size(max = 1000, message = "A drafting line is at most 1,000 characters") String drafting,
        Classification classification,
        Precedence precedence,
        @Size(max = 200, message = "The precedence as printed is at most 200 characters") String precedencePrinted,
        @Size(max = 500, message = "Handling caveats are at most 500 characters") String handling,
        @Pattern(regexp = "\\s*([0-9]{1,7}[A-Za-z]?)?\\s*", message = "A telegram number is its digits as printed, e.g. 639")
        String telegramNumber,
        String date,
        String dateUntil,
        @Size(max = 300, message = "A place is at most 300 characters") String place,
        @Size(max = 500, message = "At most 500 characters") String senderRole,
        @Size(max = 300, message = "At most 300 characters") String senderName,
        @Size(max = 500, message = "At most 500 characters") String recipientRole,
        @Size(max = 300, message = "At most 300 characters") String recipientName,
        @Size(max = 20000, message = "The participants are at most 20,000 characters") String participants,
        @Size(max = 2000, message = "A distribution line is at most 2,000 characters") String distribution,
        @Size(max = 500, message = "A signature is at most 500 characters") String signature,
        @Pattern(regexp = PAGE, message = "A page is its number or label as printed, e.g. 1042, xii or [5]") String pageStart,
        @Pattern(regexp = PAGE, message = "A page is its number or label as printed, e.g. 1047, xiv or [6]") String pageEnd,
        @Size(max = 1_000_000, message = "The text is too long for one document") String body,
        @Valid List<FootnoteRow> footnotes,
        List<ReferenceRow> references,
        Long version,
        @Size(max = 2000, message = "A comment is at most 2,000 characters") String comment) {

    /** A printed page label: digits, letters (roman numerals), brackets, a few signs; no spaces inside. */
    static final String PAGE = "\\s*([\\p{L}\\p{N}\\[\\]().*\\-–]{1,40})?\\s*";

    public DocumentForm {
        type = type == null ? DocumentType.TELEGRAM : type;
        classification = classification == null ? Classification.UNKNOWN : classification;
        precedence = precedence == null ? Precedence.UNKNOWN : precedence;
        footnotes = footnotes == null ? new ArrayList<>() : new ArrayList<>(footnotes);
        references = references == null ? new ArrayList<>() : new ArrayList<>(references);
    }

    /** A footnote: its key ties it to its mark in the body (empty for a new one), {@code n} the mark as printed. */
    public record FootnoteRow(String key,
                              @Size(max = 10, message = "A footnote mark is a number or sign, e.g. 1 or *") String n,
                              @Size(max = 20000, message = "A footnote is at most 20,000 characters") String text) {

        boolean isBlank() {
            return (n == null || n.isBlank()) && (text == null || text.isBlank());
        }
    }

    /** A cross-reference as printed, and the id of the document it leads to (empty while it leads nowhere). */
    public record ReferenceRow(String key, String label, String target) { }

    /** An empty form for a new document. */
    static DocumentForm empty() {
        return new DocumentForm(DocumentType.TELEGRAM, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The form for a document as a reader found it (a pasted telegram). */
    static DocumentForm of(DocumentDraft d) {
        return of(d, d.body().plainText(), d.references().stream().map(r -> new ReferenceRow(r.key(), r.label(), null)).toList(),
                null);
    }

    /**
     * The form for a saved document at {@code version}: {@code targets} are where its references lead now, in their
     * order (the document's view gives them).
     */
    static DocumentForm of(DocumentSnapshot s, long version, List<String> targets) {
        List<DocumentDraft.ReferenceDraft> saved = s.draft().references();
        List<ReferenceRow> refs = new ArrayList<>();
        for (int i = 0; i < saved.size(); i++) {
            DocumentDraft.ReferenceDraft r = saved.get(i);
            refs.add(new ReferenceRow(r.key(), r.label(), i < targets.size() ? targets.get(i) : null));
        }
        return of(s.draft(), s.bodyText(), refs, version);
    }

    private static DocumentForm of(DocumentDraft d, String bodyText, List<ReferenceRow> refs, Long version) {
        return of(d, d.date().iso(), bodyText, d.footnotes().stream().map(f -> new FootnoteRow(f.key(), f.n(), f.text())).toList(),
                refs, version);
    }

    /**
     * The form with the fields of {@code d} but its date ({@code date}, in its ISO form as typed or sent), the body as
     * {@code bodyText}, these footnote and reference rows.
     */
    static DocumentForm of(DocumentDraft d, String date, String bodyText, List<FootnoteRow> notes, List<ReferenceRow> refs,
                           Long version) {
        return new DocumentForm(d.type(), d.title(), d.sourceNote(), d.fileNumber(), d.drafting(), d.classification(), d.precedence(),
                d.precedencePrinted(), String.join(", ", d.handling()), d.telegramNumber(), start(date), end(date),
                d.place(), d.sender().role(), d.sender().name(), d.recipient().role(), d.recipient().name(),
                Participants.asLines(d.participants()), d.distribution(), d.signature(), d.pageFirst(), d.pageLast(), bodyText,
                notes, refs, version, null);
    }

    /** The footnote rows with one empty row more, for a new footnote (the form works without scripts). */
    public List<FootnoteRow> footnoteRowsWithSpare() {
        List<FootnoteRow> rows = new ArrayList<>(footnotes);
        rows.add(new FootnoteRow("", "", ""));
        return rows;
    }

    private static String start(String iso) {
        return iso == null ? null : iso.contains("/") ? iso.substring(0, iso.indexOf('/')) : iso;
    }

    private static String end(String iso) {
        return iso == null || !iso.contains("/") ? null : iso.substring(iso.indexOf('/') + 1);
    }

}
