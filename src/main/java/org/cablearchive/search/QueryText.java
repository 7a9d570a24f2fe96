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

    /** The longest query text read; the rest is cut (at a space where there is one) with a note. */
    static final int MAX_LENGTH = 1000;

    /** The query text as far as it is read: at most {@link #MAX_LENGTH} characters, cut between words. */
    static String readable(String q) {
        if (q == null || q.length() <= MAX_LENGTH) {
            return q == null ? "" : q;
        }
        int cut = MAX_LENGTH;
        while (cut > MAX_LENGTH / 2 && !Character.isWhitespace(q.charAt(cut))) {
            cut--;
        }
        if (!Character.isWhitespace(q.charAt(cut))) {
            cut = MAX_LENGTH;
        }
        if (Character.isHighSurrogate(q.charAt(cut - 1))) {
            cut--;
        }
        return q.substring(0, cut).strip();
    }

    /** How many terms (words, phrases, field prefixes) the clauses hold. */
    static int size(List<Clause> clauses) {
        int n = 0;
        for (Clause c : clauses) {
            for (Part p : c.alternatives()) {
                n += p instanceof Words w ? w.words().size() : 1;
            }
        }
        return n;
    }

    /** The first {@code terms} terms of the clauses (a group joined by OR is kept whole or left out). */
    static List<Clause> first(List<Clause> clauses, int terms) {
        List<Clause> kept = new ArrayList<>();
        int left = terms;
        for (Clause c : clauses) {
            if (left <= 0) {
                break;
            }
            if (c.alternatives().size() == 1 && c.alternatives().get(0) instanceof Words w) {
                List<String> words = w.words().subList(0, Math.min(left, w.words().size()));
                kept.add(new Clause(List.of(new Words(List.copyOf(words))), c.excluded()));
                left -= words.size();
                continue;
            }
            int size = size(List.of(c));
            if (size > left) {
                break;
            }
            kept.add(c);
            left -= size;
        }
        return kept;
    }

    /** The clauses written back as a query text (what was searched, when a long query was cut). */
    static String text(List<Clause> clauses) {
        List<String> out = new ArrayList<>();
        for (Clause c : clauses) {
            List<String> alternatives = new ArrayList<>();
            for (Part p : c.alternatives()) {
                if (p instanceof Words w) {
                    alternatives.add(String.join(" ", w.words()));
                } else if (p instanceof Phrase ph) {
                    alternatives.add("\"" + ph.text() + "\"");
                } else if (p instanceof Field f) {
                    alternatives.add(f.field() + ":" + (f.value().contains(" ") ? "\"" + f.value() + "\"" : f.value()));
                }
            }
            out.add((c.excluded() ? "-" : "") + String.join(" OR ", alternatives));
        }
        return String.join(" ", out);
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

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\uFF07';
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
            if (isApostrophe(c) && w.length() > 0 && i + 1 < text.length() && Character.toLowerCase(text.charAt(i + 1)) == 's'
                    && (i + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                i++; // a possessive ("Majesty’s"): the word alone, as the index reads it
                continue;
            }
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
