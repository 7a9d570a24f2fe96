package org.cablearchive.ingest.plaintext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cablearchive.records.DocumentDraft.ReferenceDraft;

/**
 * One paragraph of the body while it is being read: its text (whitespace already squeezed) and the pieces of it
 * that are more than text, as spans over that text. Text outside the spans is written as it is, so the words
 * of a paragraph are its text whatever spans are found.
 */
final class Paragraph {

    enum Kind { PAGE, SUPPLIED, GAP, REF, ANCHOR }

    /** {@code value}: the page, the supplied text, the gap's description or the footnote mark. */
    record Span(int start, int end, Kind kind, String value, String key, ReferenceDraft reference) { }

    private final String text;
    private final List<Span> spans = new ArrayList<>();
    private boolean sorted = true;

    Paragraph(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    /** The spans in text order. */
    List<Span> spans() {
        if (!sorted) {
            spans.sort(Comparator.comparingInt(Span::start));
            sorted = true;
        }
        return spans;
    }

    /** Adds a span that overlaps none already there; spans are sorted when next asked for, so adding stays cheap. */
    void add(Span span) {
        if (!spans.isEmpty() && spans.get(spans.size() - 1).start() > span.start()) {
            sorted = false;
        }
        spans.add(span);
    }

    /** The stretches of text outside every span, as {start, end} pairs in order. */
    List<int[]> freeRanges() {
        List<int[]> free = new ArrayList<>();
        int pos = 0;
        for (Span s : spans()) {
            if (s.start() > pos) {
                free.add(new int[] {pos, s.start()});
            }
            pos = Math.max(pos, s.end());
        }
        if (pos < text.length()) {
            free.add(new int[] {pos, text.length()});
        }
        return free;
    }

    /** Replaces the span at this index of {@link #spans()} (a reference given its key). */
    void set(int index, Span replacement) {
        spans().set(index, replacement);
    }
}
