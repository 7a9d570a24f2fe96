package org.cablearchive.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A document as pages and the JSON API show it; the field names are those of the API
 * ({@code GET /api/documents/{id}}). {@code id}, {@code status} and {@code version} are null for a document
 * that is not saved (a parse preview); {@code volume} and {@code number} (the document number the volume prints or
 * assigns, which FRUS asks citations to give) are null for a document entered alone. {@code participants} are the
 * people of a memorandum of conversation as printed; {@code precedencePrinted} the precedence in the wording printed;
 * {@code pageFirst} and {@code pageLast} the printed labels of its pages ("xii", "[5]", "1475"), {@code pageStart}
 * and {@code pageEnd} their numbers where they are arabic.
 */
public record DocumentView(
        String id,
        String volume,
        String number,
        DocumentStatus status,
        Long version,
        String sourceNote,
        String fileNumber,
        DocumentType type,
        String title,
        Party sender,
        Party recipient,
        List<String> participants,
        Classification classification,
        Precedence precedence,
        String precedencePrinted,
        List<String> handling,
        String telegramNumber,
        String date,
        String place,
        List<Reference> references,
        Integer pageStart,
        Integer pageEnd,
        String pageFirst,
        String pageLast,
        List<String> pageBreaks,
        List<Footnote> footnotes,
        String distribution,
        String signature,
        String body,
        Instant createdAt,
        Instant updatedAt) {

    /** A footnote: its mark as printed and its text. */
    public record Footnote(String n, String text) { }

    /** A cross-reference; {@code target} is the id of the document it leads to, null while unresolved. */
    public record Reference(ReferenceKind kind, String number, LocalDate date, String label, String target) { }

    public DocumentView {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }

    /** The printed pages as one label: "1475–1477", "xii–xiv", "[5]"; null when none are known. */
    public String printedPages() {
        return PrintedPages.range(pageFirst != null ? pageFirst : pageStart == null ? null : pageStart.toString(),
                pageLast != null ? pageLast : pageEnd == null ? null : pageEnd.toString());
    }

    /** The precedence as printed when its wording differs from the scale's label, else null. */
    public String precedenceWording() {
        return precedence == null ? null : precedence.wordingIfDifferent(precedencePrinted);
    }

    /** The view of a document that is not saved, as a reader found it. */
    public static DocumentView preview(DocumentDraft d) {
        return new DocumentView(null, null, null, null, null, d.sourceNote(), d.fileNumber(), d.type(), d.title(),
                d.sender(), d.recipient(), d.participants(), d.classification(), d.precedence(), d.precedencePrinted(),
                d.handling(), d.telegramNumber(), d.date().iso(), d.place(),
                d.references().stream().map(r -> new Reference(r.kind(), r.number(), r.date(), r.label(), null)).toList(),
                d.pageStart(), d.pageEnd(), d.pageFirst(), d.pageLast(), d.body().pageBreaks(),
                d.footnotes().stream().map(f -> new Footnote(f.n(), f.text())).toList(),
                d.distribution(), d.signature(), d.body().plainText(), null, null);
    }
}
