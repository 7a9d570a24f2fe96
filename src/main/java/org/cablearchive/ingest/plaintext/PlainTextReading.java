package org.cablearchive.ingest.plaintext;

import java.util.List;
import org.cablearchive.records.DocumentDraft;

/**
 * What {@link PlainTextTelegramReader} made of one plain-text document.
 *
 * @param draft      the document as read, ready to be reviewed and saved
 * @param warnings   what a person should check, in plain words; empty when the reading went smoothly
 * @param confidence {@link Confidence#HIGH} when the text had the shape of a FRUS document (a source note, or a
 *                   title with markings, dateline or telegram number, and a body), {@link Confidence#LOW} otherwise
 * @param opener     the lines between the title and the text, exactly as printed (dateline, receipt note,
 *                   classification, precedence and handling markings), or null when there were none. The draft
 *                   keeps only what they mean (place, date, classification…); this keeps their words, so that
 *                   nothing of the input is lost, including markings the reader did not know.
 * @param titleMark  the footnote mark printed at the end of the title ("…to the Embassy in Thailand1"), which is
 *                   not part of the title or the recipient; null when there is none
 */
public record PlainTextReading(DocumentDraft draft, List<String> warnings, Confidence confidence, String opener,
                               String titleMark) {

    /** How far the reading can be trusted without a close look. */
    public enum Confidence { HIGH, LOW }

    public PlainTextReading {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        confidence = confidence == null ? Confidence.LOW : confidence;
    }

    /** A reading whose title carries no footnote mark. */
    public PlainTextReading(DocumentDraft draft, List<String> warnings, Confidence confidence, String opener) {
        this(draft, warnings, confidence, opener, null);
    }

    /** A reading without opener lines. */
    public PlainTextReading(DocumentDraft draft, List<String> warnings, Confidence confidence) {
        this(draft, warnings, confidence, null, null);
    }
}
