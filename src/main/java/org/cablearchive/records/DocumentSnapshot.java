package org.cablearchive.records;

import java.util.List;

/**
 * Everything a document held at one save, in plain values (a revision keeps it as JSON): its metadata, its status,
 * its body as TEI, its footnotes and cross-references as entered. {@link #toDraft()} gives it back for a restore.
 */
public record DocumentSnapshot(
        DocumentStatus status,
        DocumentType type,
        String title,
        String sourceNote,
        String fileNumber,
        Classification classification,
        Precedence precedence,
        List<String> handling,
        String telegramNumber,
        String date,
        String place,
        Party sender,
        Party recipient,
        String body,
        List<DocumentDraft.FootnoteDraft> footnotes,
        List<DocumentDraft.ReferenceDraft> references,
        String distribution,
        String signature,
        Integer pageStart,
        Integer pageEnd,
        List<String> participants,
        String precedencePrinted,
        String pageFirst,
        String pageLast) {

    public DocumentSnapshot {
        handling = handling == null ? List.of() : List.copyOf(handling);
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
        references = references == null ? List.of() : List.copyOf(references);
        sender = sender == null ? Party.NONE : sender;
        recipient = recipient == null ? Party.NONE : recipient;
        participants = Participants.clean(participants);
        // a snapshot kept before page labels (V17) has the numbers only
        pageFirst = PrintedPages.label(pageFirst, pageStart);
        pageLast = PrintedPages.label(pageLast, pageEnd);
    }

    /** The snapshot as a draft to save again. */
    public DocumentDraft toDraft() {
        return new DocumentDraft(type, title, sourceNote, fileNumber, classification, precedence, handling,
                telegramNumber, date == null ? DocumentDate.UNDATED : new DocumentDate(date), place, sender, recipient,
                body == null ? Body.EMPTY : Body.of(body), footnotes, references, distribution, signature, pageStart, pageEnd,
                participants, precedencePrinted, pageFirst, pageLast);
    }

    /** The printed pages as one label: "1475–1477", "xii–xiv"; null when none are known. */
    public String printedPages() {
        return PrintedPages.range(pageFirst, pageLast);
    }

    /** The body's plain text, as the editing form and the revision page show it. */
    public String bodyText() {
        return body == null ? "" : Body.of(body).plainText();
    }

    /** The same snapshot in another status (a pending correction is the reading as it would be published). */
    public DocumentSnapshot withStatus(DocumentStatus otherStatus) {
        return new DocumentSnapshot(otherStatus, type, title, sourceNote, fileNumber, classification, precedence, handling,
                telegramNumber, date, place, sender, recipient, body, footnotes, references, distribution, signature,
                pageStart, pageEnd, participants, precedencePrinted, pageFirst, pageLast);
    }

    /** The same snapshot with another body (the withheld passages masked). */
    public DocumentSnapshot withBody(String otherBody) {
        return new DocumentSnapshot(status, type, title, sourceNote, fileNumber, classification, precedence, handling,
                telegramNumber, date, place, sender, recipient, otherBody, footnotes, references, distribution, signature,
                pageStart, pageEnd, participants, precedencePrinted, pageFirst, pageLast);
    }
}
