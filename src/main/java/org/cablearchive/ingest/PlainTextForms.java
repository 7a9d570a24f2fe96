package org.cablearchive.ingest;

import java.time.LocalDate;
import java.util.List;
import org.cablearchive.ingest.plaintext.PlainTextReading;
import org.cablearchive.ingest.plaintext.PlainTextTelegramReader;
import org.cablearchive.ingest.plaintext.UnreadableTextException;
import org.cablearchive.records.Body;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentDraft.FootnoteDraft;
import org.cablearchive.records.DocumentDraft.ReferenceDraft;
import org.cablearchive.records.InvalidDocumentException;
import org.springframework.stereotype.Component;

/**
 * The plain-text telegram reader for other modules (the editorial desk's forms): a whole telegram as pasted, or a
 * body alone as the editing form shows it. Text that cannot be read is refused as an {@link InvalidDocumentException}
 * whose message says why.
 */
@Component
public class PlainTextForms {

    /** A whole telegram as read: the draft, what a person should check, and whether the reading looks sound. */
    public record Telegram(DocumentDraft draft, List<String> warnings, boolean confident, String opener) { }

    /** A body as read: its TEI, the references found in it, the pages it spans, and the footnotes that found no mark. */
    public record BodyText(Body body, List<ReferenceDraft> references, Integer pageStart, Integer pageEnd,
                           List<String> warnings) { }

    private final PlainTextTelegramReader reader = new PlainTextTelegramReader();

    public Telegram readTelegram(String text) {
        try {
            PlainTextReading r = reader.read(text);
            return new Telegram(r.draft(), r.warnings(), r.confidence() == PlainTextReading.Confidence.HIGH, r.opener());
        } catch (UnreadableTextException e) {
            throw new InvalidDocumentException(e.getMessage());
        }
    }

    /**
     * Reads a body in its plain-text form, anchoring the footnotes given (by their marks; the anchors take their
     * keys). {@code day}: the document's day, for the year of references that print none.
     */
    public BodyText readBody(String text, List<FootnoteDraft> footnotes, LocalDate day) {
        try {
            PlainTextReading r = reader.readBody(text, footnotes.stream().map(FootnoteDraft::n).toList(),
                    footnotes.stream().map(FootnoteDraft::key).toList(), day);
            DocumentDraft d = r.draft();
            return new BodyText(d.body(), d.references(), d.pageStart(), d.pageEnd(), r.warnings());
        } catch (UnreadableTextException e) {
            throw new InvalidDocumentException(e.getMessage());
        }
    }
}
