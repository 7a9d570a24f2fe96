package org.cablearchive.records;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A document as pages and the JSON API show it ({@code GET /api/documents/{id}}): its fields in the groups a draft
 * has ({@link Identification}, {@link Dispatch}, {@link Correspondence}, {@link PrintedPages}), unwrapped in the JSON so
 * that its names are those the API has always had, and its text as a reader sees it (plain text, footnotes by mark).
 * {@code id}, {@code status} and {@code version} are null for a document that is not saved (a parse preview);
 * {@code volume} and {@code number} (the document number the volume prints or assigns, which FRUS asks citations to
 * give) are null for a document entered alone.
 */
public record DocumentView(
        String id,
        String volume,
        String number,
        DocumentStatus status,
        Long version,
        @JsonUnwrapped Identification identification,
        @JsonUnwrapped Dispatch dispatch,
        @JsonUnwrapped Correspondence correspondence,
        @JsonUnwrapped PrintedPages pages,
        List<Reference> references,
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
        identification = identification == null ? Identification.NONE : identification;
        dispatch = dispatch == null ? Dispatch.NONE : dispatch;
        correspondence = correspondence == null ? Correspondence.NONE : correspondence;
        pages = pages == null ? PrintedPages.NONE : pages;
    }

    /** The view of a document that is not saved, as a reader found it. */
    public static DocumentView preview(DocumentDraft d) {
        return new DocumentView(null, null, null, null, null, d.identification(), d.dispatch(), d.correspondence(),
                d.pages(), d.references().stream().map(r -> new Reference(r.kind(), r.number(), r.date(), r.label(), null)).toList(),
                d.body().pageBreaks(), d.footnotes().stream().map(f -> new Footnote(f.n(), f.text())).toList(),
                d.distribution(), d.signature(), d.body().plainText(), null, null);
    }
}
