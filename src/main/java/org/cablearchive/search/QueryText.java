package org.cablearchive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads what a researcher typed: words (all must match), "exact phrases", {@code OR} between two terms,
 * {@code -word} or {@code -"phrase"} to exclude, and {@code from:}, {@code to:}, {@code file:} to look only at the
 * sender, the recipient or the file number. Nothing typed is an error: an unclosed quote reads the rest as words,
 * a dangling {@code OR} or {@code -} is dropped.
 */
final class QueryText {

    private QueryText() {
    }

    /** A piece of a clause: plain words (in order), an exact phrase, or a field prefix with its value. */
    sealed interface Part permits Words, Phrase, Field { }

    record Words(List<String> words) implements Part { }

    record Phrase(String text) implements Part { }

    record Field(String field, String value) implements Part { }

    /** Alternatives (joined by OR), all to be matched, or (excluded) none of them. */
    record Clause(List<Part> alternatives, boolean excluded) { }

    private record Token(String text, boolean quoted, boolean excluded, String field) {
        boolean isOr() {
            return !quoted && !excluded && field == null && text.equals("OR");
        }
    }

    static List<Clause> parse(String q) {
        List<Token> tokens = tokens(q == null ? "" : q);
        List<Clause> clauses = new ArrayList<>();
        List<Token> group = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isOr()) {
                continue;
            }
            group.add(t);
            boolean joined = i + 2 < tokens.size() && tokens.get(i + 1).isOr() && !tokens.get(i + 2).isOr();
            if (!joined) {
                clauses.add(clause(group));
                group = new ArrayList<>();
            }
        }
        return mergeWordRuns(clauses);
    }

    private static Clause clause(List<Token> group) {
        List<Part> parts = new ArrayList<>();
        boolean excluded = group.size() == 1 && group.get(0).excluded();
        for (Token t : group) {
            if (t.field() != null) {
                parts.add(new Field(t.field(), t.text()));
            } else if (t.quoted()) {
                parts.add(new Phrase(t.text()));
            } else {
                parts.add(new Words(List.of(t.text())));
            }
        }
        return new Clause(parts, excluded);
    }

    /** Consecutive single plain words become one run, so that a glossary term of several words is seen whole. */
    private static List<Clause> mergeWordRuns(List<Clause> clauses) {
        List<Clause> merged = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (Clause c : clauses) {
            if (!c.excluded() && c.alternatives().size() == 1 && c.alternatives().get(0) instanceof Words w) {
                run.addAll(w.words());
                continue;
            }
            if (!run.isEmpty()) {
                merged.add(new Clause(List.of(new Words(List.copyOf(run))), false));
                run.clear();
            }
            merged.add(c);
        }
        if (!run.isEmpty()) {
            merged.add(new Clause(List.of(new Words(List.copyOf(run))), false));
        }
        return merged;
    }

    private static List<Token> tokens(String s) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            boolean excluded = false;
            if (s.charAt(i) == '-' && i + 1 < n && !Character.isWhitespace(s.charAt(i + 1))) {
                excluded = true;
                i++;
            }
            String field = null;
            for (String prefix : new String[] {"from:", "to:", "file:"}) {
                if (s.regionMatches(true, i, prefix, 0, prefix.length()) && i + prefix.length() < n
                        && !Character.isWhitespace(s.charAt(i + prefix.length()))) {
                    field = prefix.substring(0, prefix.length() - 1).toLowerCase(Locale.ROOT);
                    i += prefix.length();
                    break;
                }
            }
            char c = s.charAt(i);
            if (c == '"' || c == '“') {
                int close = indexOfQuote(s, i + 1);
                if (close > 0) {
                    String text = s.substring(i + 1, close).strip();
                    if (!words(text).isEmpty()) {
                        tokens.add(new Token(text, true, excluded, field));
                    }
                    i = close + 1;
                    continue;
                }
                i++; // an unclosed quote: the rest is read as words
                continue;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(s.charAt(end))) {
                end++;
            }
            String text = s.substring(i, end);
            i = end;
            if (!words(text).isEmpty()) {
                tokens.add(new Token(text, false, excluded, field));
            }
        }
        // An OR with nothing on one side means nothing.
        while (!tokens.isEmpty() && tokens.get(0).isOr()) {
            tokens.remove(0);
        }
        while (!tokens.isEmpty() && tokens.get(tokens.size() - 1).isOr()) {
            tokens.remove(tokens.size() - 1);
        }
        return tokens;
    }

    private static int indexOfQuote(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == '"' || s.charAt(i) == '”' || s.charAt(i) == '“') {
                return i;
            }
        }
        return -1;
    }

    /** The words of a text as letters and digits, lower case: what decides whether a token says anything. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                w.append(Character.toLowerCase(c));
            } else if (w.length() > 0) {
                words.add(w.toString());
                w.setLength(0);
            }
        }
        return words;
    }
}
