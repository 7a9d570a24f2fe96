package org.cablearchive.editorial;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MeyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    private WordDiff() {
    }

    /**
     * The runs from {@code before} to {@code after}, by Myers' algorithm (java-diff-utils, in linear space, so two long
     * and very different texts cost time in proportion to their differences, not a table of every pair of words).
     * Words are compared without their white space, each as a number standing for its letters, so the algorithm's many
     * comparisons are of numbers; kept words are shown as the new text has them, and where words were replaced the new
     * ones come before the old.
     */
    public static List<Run> of(String before, String after) {
        List<String> a = words(before == null ? "" : before);
        List<String> b = words(after == null ? "" : after);
        Map<String, Integer> ids = new HashMap<>();
        Patch<Integer> patch = DiffUtils.diff(ids(a, ids), ids(b, ids), new MeyersDiffWithLinearSpace<Integer>(), null,
                true);
        List<Run> runs = new ArrayList<>();
        for (AbstractDelta<Integer> delta : patch.getDeltas()) {
            List<String> source = slice(a, delta.getSource());
            List<String> target = slice(b, delta.getTarget());
            switch (delta.getType()) {
                case EQUAL -> add(runs, Run.Kind.KEPT, target);
                case INSERT -> add(runs, Run.Kind.INSERTED, target);
                case DELETE -> add(runs, Run.Kind.REMOVED, source);
                case CHANGE -> {
                    add(runs, Run.Kind.INSERTED, target);
                    add(runs, Run.Kind.REMOVED, source);
                }
            }
        }
        return runs;
    }

    /** Each word's number: the same for the same letters, white space aside. */
    private static List<Integer> ids(List<String> words, Map<String, Integer> ids) {
        List<Integer> out = new ArrayList<>(words.size());
        for (String word : words) {
            out.add(ids.computeIfAbsent(word.strip(), w -> ids.size()));
        }
        return out;
    }

    /** The words of a chunk, as their text has them. */
    private static List<String> slice(List<String> words, Chunk<Integer> chunk) {
        return words.subList(chunk.getPosition(), chunk.getPosition() + chunk.size());
    }

    /** True when the two texts differ only in white space or not at all. */
    public static boolean same(String before, String after) {
        return words(before == null ? "" : before).stream().map(String::strip).toList()
                .equals(words(after == null ? "" : after).stream().map(String::strip).toList());
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
