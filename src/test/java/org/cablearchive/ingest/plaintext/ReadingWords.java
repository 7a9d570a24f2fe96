package org.cablearchive.ingest.plaintext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablearchive.records.DocumentDraft;

/**
 * The nothing-lost rule, made checkable: the words of an input, and the words of a reading in document order.
 * Both sides are normalised the same way and only in whitespace, in page markers (taken out as a sequence of
 * their own, since a marker among the head lines can only move to the start of the body) and in the period
 * after a footnote number ("1." printed, footnote n "1").
 */
final class ReadingWords {

    // As Body renders a page break; matched after every kind of space has become a plain space.
    private static final Pattern MARKER = Pattern.compile("\\[Page +([0-9]{1,6}|[IVXLCDMivxlcdm]{1,10})\\]");
    private static final Pattern NUMBER_WITH_POINT = Pattern.compile("\\d{1,3}\\.");

    /** Words and page markers, each in order. */
    record Words(List<String> words, List<String> pages) { }

    private ReadingWords() {
    }

    /** Every place of a reading that holds words of the input, in document order, as one text. */
    static String textOf(PlainTextReading reading) {
        DocumentDraft d = reading.draft();
        List<String> parts = new ArrayList<>();
        add(parts, d.sourceNote());
        add(parts, d.title() == null || reading.titleMark() == null ? d.title() : d.title() + reading.titleMark());
        add(parts, reading.opener());
        add(parts, d.telegramNumber() == null ? null : d.telegramNumber() + ".");
        add(parts, d.body().plainText());
        add(parts, d.distribution());
        add(parts, d.signature());
        for (DocumentDraft.FootnoteDraft f : d.footnotes()) {
            add(parts, f.n() + " " + f.text());
        }
        return String.join("\n", parts);
    }

    static Words wordsOf(PlainTextReading reading) {
        return words(textOf(reading));
    }

    /** The words of a text: split at any kind of space, page markers taken out, "1." read as "1". */
    static Words words(String raw) {
        StringBuilder spaced = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            spaced.append(isSeparator(raw.charAt(i)) ? ' ' : raw.charAt(i));
        }
        String text = spaced.toString();
        List<String> pages = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        Matcher m = MARKER.matcher(text);
        int pos = 0;
        while (m.find()) {
            sb.append(text, pos, m.start()).append(' ');
            pages.add(m.group(1));
            pos = m.end();
        }
        sb.append(text.substring(pos));
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= sb.length(); i++) {
            char c = i < sb.length() ? sb.charAt(i) : ' ';
            if (isSeparator(c)) {
                if (!word.isEmpty()) {
                    String w = word.toString();
                    words.add(NUMBER_WITH_POINT.matcher(w).matches() ? w.substring(0, w.length() - 1) : w);
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        return new Words(words, pages);
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || c == '\uFEFF' || c == '\u200B' || c == '\u2060';
    }

    private static void add(List<String> parts, String s) {
        if (s != null) {
            parts.add(s);
        }
    }
}
