package org.cablearchive.ingest.plaintext;

import java.time.LocalDate;
import org.cablearchive.records.tei.text.TelegramShorthand;
import org.cablearchive.records.DocumentDraft.ReferenceDraft;

/**
 * Marks the references to other telegrams in a paragraph's free text ({@link TelegramShorthand}). Each becomes a
 * span whose label is the text exactly as printed, so no word moves.
 */
final class ReferenceFinder {

    private ReferenceFinder() {
    }

    /** Adds a span, without its key yet, for every reference in the paragraph's free text. */
    static void find(Paragraph p, LocalDate context) {
        for (TelegramShorthand.Found f : TelegramShorthand.find(p.text(), p.freeRanges(), context)) {
            String label = p.text().substring(f.start(), f.end());
            p.add(new Paragraph.Span(f.start(), f.end(), Paragraph.Kind.REF, label, null,
                    new ReferenceDraft(null, f.kind(), f.number(), f.date(), label, null)));
        }
    }
}
