package org.cablearchive.ingest.plaintext;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cablearchive.records.tei.text.Dates;
import org.cablearchive.records.DocumentDraft.ReferenceDraft;

/**
 * Finds the footnote marks glued to the text ("Sov Union.1", "Govt.*", "question†") and ties each footnote to
 * the first free mark that matches it. A glued number with no footnote of that number is left as text.
 */
final class FootnoteAnchors {

    private static final String SYMBOLS = "*†‡§";
    private static final String GLUE_BEFORE = ".,;:)]”’\"'?!";
    private static final String ALLOWED_AFTER = ",.;:)]”’\"'—–";
    private static final int LONGEST_MARK = 3;

    /** A possible mark; weak when it could as well be a decimal ("1951.2" or "1.5"). */
    record Candidate(int paragraph, int start, int end, String mark, boolean strong) { }

    private FootnoteAnchors() {
    }

    /** Every mark glued somewhere in the text, to tell footnotes from numbered paragraphs at the end. */
    static Set<String> gluedMarks(String text) {
        Set<String> marks = new HashSet<>();
        List<Candidate> found = new ArrayList<>();
        scan(text, 0, text.length(), 0, found);
        for (Candidate c : found) {
            marks.add(c.mark());
        }
        return marks;
    }

    /**
     * Anchors the footnotes (marks {@code marks}, keys {@code keys}) in the paragraphs' free text. Returns, for
     * each footnote, whether it found its mark.
     */
    static boolean[] anchor(List<Paragraph> paragraphs, List<String> marks, List<String> keys) {
        boolean[] anchored = new boolean[marks.size()];
        if (marks.isEmpty()) {
            return anchored;
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph para = paragraphs.get(p);
            for (int[] r : para.freeRanges()) {
                scan(para.text(), r[0], r[1], p, candidates);
            }
        }
        // The footnotes still waiting for their mark, by mark, in footnote order.
        Map<String, Deque<Integer>> waiting = new HashMap<>();
        for (int k = 0; k < marks.size(); k++) {
            waiting.computeIfAbsent(marks.get(k), m -> new ArrayDeque<>()).add(k);
        }
        for (boolean strong : new boolean[] {true, false}) {
            for (Candidate c : candidates) {
                Deque<Integer> queue = waiting.get(c.mark());
                if (c.strong() != strong || queue == null || queue.isEmpty()) {
                    continue;
                }
                int k = queue.poll();
                anchored[k] = true;
                paragraphs.get(c.paragraph()).add(new Paragraph.Span(c.start(), c.end(), Paragraph.Kind.ANCHOR,
                        c.mark(), keys.get(k), null));
            }
        }
        List<String> numeric = new ArrayList<>(waiting.keySet());
        numeric.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        List<Candidate> onNumbers = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph para = paragraphs.get(p);
            for (int[] r : para.freeRanges()) {
                scanNumbers(para.text(), r[0], r[1], p, numeric, onNumbers);
            }
        }
        for (Candidate c : onNumbers) {
            Deque<Integer> queue = waiting.get(c.mark());
            if (!queue.isEmpty()) {
                int k = queue.poll();
                anchored[k] = true;
                paragraphs.get(c.paragraph()).add(new Paragraph.Span(c.start(), c.end(), Paragraph.Kind.ANCHOR,
                        c.mark(), keys.get(k), null));
            }
        }
        for (int k = 0; k < marks.size(); k++) {
            if (!anchored[k] && isDigit(marks.get(k).charAt(0))) {
                anchored[k] = anchorOnCitedNumber(paragraphs, marks.get(k), keys, k);
            }
        }
        return anchored;
    }

    /**
     * A mark glued to the number of a cited paper ("your 3082" for "your 308" and note 2, "Deptel 4733" for
     * "Deptel 473" and note 3) cannot be told from the number by its shape, only by its place: footnotes are
     * numbered in the order of their marks, so note k's mark stands after note k−1's and before note k+1's. The
     * first number in that stretch that ends in the mark and names a telegram (a reference, or after "your",
     * "our", "my", "Rangoon's"…) is taken; a reference keeps the number without the mark.
     */
    private static boolean anchorOnCitedNumber(List<Paragraph> paragraphs, String mark, List<String> keys, int k) {
        int[] from = position(paragraphs, keys, k, -1);
        int[] to = position(paragraphs, keys, k, +1);
        if (from == null || to == null) {
            return false;
        }
        for (int p = Math.max(from[0], 0); p <= Math.min(to[0], paragraphs.size() - 1); p++) {
            Paragraph para = paragraphs.get(p);
            String s = para.text();
            int lo = p == from[0] ? from[1] : 0;
            int hi = p == to[0] ? to[1] : s.length();
            List<Paragraph.Span> spans = para.spans();
            for (int i = 0; i < spans.size(); i++) {
                Paragraph.Span span = spans.get(i);
                if (span.start() < lo || span.end() > hi) {
                    continue;
                }
                ReferenceDraft r = span.reference();
                if (span.kind() == Paragraph.Kind.REF && r != null && r.number() != null
                        && r.number().length() > mark.length() + 1 && r.number().endsWith(mark)) {
                    // The number ends where it is printed in the label; a date after it ("Urtel 881, May 5") stays
                    // the reference's date, printed after the mark.
                    int at = span.value().indexOf(r.number());
                    if (at < 0) {
                        continue;
                    }
                    int cut = span.start() + at + r.number().length() - mark.length();
                    String number = r.number().substring(0, r.number().length() - mark.length());
                    ReferenceDraft shorter = new ReferenceDraft(r.key(), r.kind(), number, r.date(),
                            s.substring(span.start(), cut), r.target());
                    para.set(i, new Paragraph.Span(span.start(), cut, span.kind(), shorter.label(), span.key(), shorter));
                    para.add(new Paragraph.Span(cut, cut + mark.length(), Paragraph.Kind.ANCHOR, mark, keys.get(k), null));
                    return true;
                }
            }
            for (int[] r : para.freeRanges()) {
                for (int[] run : digitRuns(s, Math.max(r[0], lo), Math.min(r[1], hi))) {
                    int i = run[0];
                    int j = run[1];
                    if (j - i > mark.length() + 1 && j - i <= 7 + mark.length() && s.startsWith(mark, j - mark.length())
                            && endsWell(s, j) && citesPaper(s, i)) {
                        para.add(new Paragraph.Span(j - mark.length(), j, Paragraph.Kind.ANCHOR, mark, keys.get(k), null));
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The word before the number at {@code i} names a paper: "your", "our", "my", "No.", "Rangoon’s", "telegram",
     * or a capitalised word (a post or a series: "Gocus").
     */
    private static boolean citesPaper(String s, int i) {
        int end = i - 1;
        if (end < 1 || s.charAt(end) != ' ') {
            return false;
        }
        int w = end;
        while (w > 0 && !TextHygiene.isSpace(s.charAt(w - 1))) {
            w--;
        }
        String word = s.substring(w, end).toLowerCase(Locale.ROOT);
        // a post or series named before the number ("Gocus 5721"), but not a month ("June 1951")
        boolean named = word.length() > 2 && Character.isUpperCase(s.charAt(w))
                && word.chars().allMatch(Character::isLetter) && Dates.month(word) == 0;
        return named || word.equals("your") || word.equals("our") || word.equals("my") || word.equals("no.")
                || word.equals("nos.") || word.startsWith("telegram") || word.startsWith("airgram")
                || word.startsWith("despatch") || word.endsWith("’s") || word.endsWith("'s");
    }

    /**
     * Where the nearest anchored footnote before ({@code step} −1) or after (+1) footnote k stands, as {paragraph,
     * offset}; the start or end of the text when there is none. Null when two anchors would be out of order.
     */
    private static int[] position(List<Paragraph> paragraphs, List<String> keys, int k, int step) {
        for (int j = k + step; j >= 0 && j < keys.size(); j += step) {
            for (int p = 0; p < paragraphs.size(); p++) {
                for (Paragraph.Span span : paragraphs.get(p).spans()) {
                    if (span.kind() == Paragraph.Kind.ANCHOR && keys.get(j).equals(span.key())) {
                        return new int[] {p, step < 0 ? span.end() : span.start()};
                    }
                }
            }
        }
        return step < 0 ? new int[] {0, 0} : new int[] {paragraphs.size() - 1,
            paragraphs.isEmpty() ? 0 : paragraphs.get(paragraphs.size() - 1).text().length()};
    }

    /**
     * Last resort for marks still waiting: a mark glued to a number, where the number alone cannot be what is
     * printed: "June 131" (June 13, note 1: no month has a 131st day) or "19511" (1951, note 1).
     */
    private static void scanNumbers(String s, int from, int to, int paragraph, List<String> marks, List<Candidate> out) {
        for (int[] digits : digitRuns(s, from, to)) {
            int i = digits[0];
            int j = digits[1];
            String run = s.substring(i, j);
            if (run.length() <= 6 && endsWell(s, j)) {
                for (String mark : marks) {
                    if (mark.length() < run.length() && isDigit(mark.charAt(0)) && run.endsWith(mark)
                            && impossibleAlone(s, i, run, run.substring(0, run.length() - mark.length()))) {
                        out.add(new Candidate(paragraph, j - mark.length(), j, mark, false));
                        break;
                    }
                }
            }
        }
    }

    /** The runs of digits in s[from, to) that do not continue a number begun before {@code from}, as {start, end}. */
    private static List<int[]> digitRuns(String s, int from, int to) {
        List<int[]> runs = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!isDigit(s.charAt(i)) || i > 0 && isDigit(s.charAt(i - 1))) {
                i++;
                continue;
            }
            int j = i;
            while (j < to && isDigit(s.charAt(j))) {
                j++;
            }
            runs.add(new int[] {i, j});
            i = j;
        }
        return runs;
    }

    private static boolean impossibleAlone(String s, int start, String run, String head) {
        if (head.length() == 4 && (head.startsWith("19") || head.startsWith("20"))) {
            return true;
        }
        if (head.length() > 2 || head.startsWith("0") || Integer.parseInt(head) < 1 || Integer.parseInt(run) <= 31) {
            return false;
        }
        int wordEnd = start - 1;
        if (wordEnd < 1 || s.charAt(wordEnd) != ' ') {
            return false;
        }
        int w = wordEnd;
        while (w > 0 && (Character.isLetter(s.charAt(w - 1)) || s.charAt(w - 1) == '.')) {
            w--;
        }
        return Dates.month(s.substring(w, wordEnd).replace(".", "")) != 0;
    }

    private static void scan(String s, int from, int to, int paragraph, List<Candidate> out) {
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            boolean digit = isDigit(c);
            if (!digit && SYMBOLS.indexOf(c) < 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < to && (digit ? isDigit(s.charAt(j)) : SYMBOLS.indexOf(s.charAt(j)) >= 0)) {
                j++;
            }
            if (j - i <= LONGEST_MARK && i > 0 && glued(s, i, digit) && endsWell(s, j)) {
                boolean decimal = digit && i >= 2 && (s.charAt(i - 1) == '.' || s.charAt(i - 1) == ',')
                        && isDigit(s.charAt(i - 2));
                out.add(new Candidate(paragraph, i, j, s.substring(i, j), !decimal));
            }
            i = j;
        }
    }

    private static boolean glued(String s, int i, boolean digit) {
        char prev = s.charAt(i - 1);
        if (digit) {
            return Character.isLetter(prev) || GLUE_BEFORE.indexOf(prev) >= 0;
        }
        return !TextHygiene.isSpace(prev) && SYMBOLS.indexOf(prev) < 0;
    }

    private static boolean endsWell(String s, int j) {
        return j == s.length() || TextHygiene.isSpace(s.charAt(j)) || ALLOWED_AFTER.indexOf(s.charAt(j)) >= 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
