package org.cablearchive.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A document as pages and the JSON API show it; the field names are those of the API
 * ({@code GET /api/documents/{id}}). {@code id}, {@code status} and {@code version} are null for a document
 * that is not saved (a parse preview); {@code volume} and {@code number} (the document number the volume prints or
 * assigns, which FRUS asks citations to give) are null for a document entered alone.
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
        Classification classification,
        Precedence precedence,
        List<String> handling,
        String telegramNumber,
        String date,
        String place,
        List<Reference> references,
        Integer pageStart,
        Integer pageEnd,
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

    /** The view of a document that is not saved, as a reader found it. */
    public static DocumentView preview(DocumentDraft d) {
        return new DocumentView(null, null, null, null, null, d.sourceNote(), d.fileNumber(), d.type(), d.title(),
                d.sender(), d.recipient(), d.classification(), d.precedence(), d.handling(), d.telegramNumber(),
                d.date().iso(), d.place(),
                d.references().stream().map(r -> new Reference(r.kind(), r.number(), r.date(), r.label(), null)).toList(),
                d.pageStart(), d.pageEnd(), d.body().pageBreaks(),
                d.footnotes().stream().map(f -> new Footnote(f.n(), f.text())).toList(),
                d.distribution(), d.signature(), d.body().plainText(), null, null);
    }
}
