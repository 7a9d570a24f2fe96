package org.cablearchive.editorial;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two texts, word by word: runs of words kept, removed and inserted, in order. White space
 * belongs to the word before it, so line breaks and paragraphs are kept as they were.
 */
public final class WordDiff {

    /** A run of text: KEPT in both, REMOVED from the old text, INSERTED in the new one. */
    public record Run(Kind kind, String text) {
        public enum Kind { KEPT, REMOVED, INSERTED }

        public String cssClass() {
            return switch (kind) {
                case KEPT -> "diff-kept";
                case REMOVED -> "diff-removed";
                case INSERTED -> "diff-inserted";
            };
        }
    }

    /** Above this many cells the middle of two long, very different texts is shown as replaced whole. */
    private static final long MAX_CELLS = 4_000_000;

    private WordDiff() {
    }

    public static List<Run> of(String before, String after) {
        List<String> a = words(before == null ? "" : before);
        List<String> b = words(after == null ? "" : after);
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<Run> runs = new ArrayList<>();
        add(runs, Run.Kind.KEPT, a.subList(0, start));
        List<String> midA = a.subList(start, endA);
        List<String> midB = b.subList(start, endB);
        if ((long) midA.size() * midB.size() > MAX_CELLS) {
            add(runs, Run.Kind.REMOVED, midA);
            add(runs, Run.Kind.INSERTED, midB);
        } else {
            middle(runs, midA, midB);
        }
        add(runs, Run.Kind.KEPT, a.subList(endA, a.size()));
        return runs;
    }

    /** True when the two texts differ only in white space or not at all. */
    public static boolean same(String before, String after) {
        return words(before == null ? "" : before).stream().map(String::strip).toList()
                .equals(words(after == null ? "" : after).stream().map(String::strip).toList());
    }

    private static void middle(List<Run> runs, List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).strip().equals(b.get(j).strip()) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).strip().equals(b.get(j).strip())) {
                add(runs, Run.Kind.KEPT, List.of(b.get(j)));
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                add(runs, Run.Kind.INSERTED, List.of(b.get(j++)));
            } else {
                add(runs, Run.Kind.REMOVED, List.of(a.get(i++)));
            }
        }
    }

    private static void add(List<Run> runs, Run.Kind kind, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        String text = String.join("", words);
        if (!runs.isEmpty() && runs.get(runs.size() - 1).kind() == kind) {
            Run last = runs.remove(runs.size() - 1);
            runs.add(new Run(kind, last.text() + text));
        } else {
            runs.add(new Run(kind, text));
        }
    }

    /** The text cut into words, each with the white space that follows it. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            words.add(text.substring(start, i));
        }
        return words;
    }
}
