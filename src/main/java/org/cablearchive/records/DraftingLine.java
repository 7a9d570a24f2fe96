package org.cablearchive.records;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cablearchive.records.DocumentDraft.FootnoteDraft;

/**
 * The drafting line FRUS prints of a State Department document: who drafted it, who cleared it, who approved it
 * ("Drafted by Atherton on June 17; cleared in substance by Sisco, Walsh, and Swank; and approved by Sisco."). Modern
 * volumes print it in the source note, after the classification; older ones (1940s–1950s) print it as a footnote of
 * its own ("Drafted by Mr. David H. Popper."). Kept as printed: the sentence that begins "Drafted", with the sentences
 * right after it that begin "Cleared" or "Approved".
 */
public final class DraftingLine {

    /** The longest line kept; the rest of a longer sentence is the editors' comment, not the drafting line. */
    public static final int LONGEST = 1000;

    // Abbreviations after which a full stop does not end the sentence ("Lt. Col. Walter F. Martin").
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "lt", "col", "gen", "adm", "amb",
            "st", "jr", "sr", "no", "nos", "cmdr", "capt", "maj", "sgt", "rep", "sen", "gov", "hon", "rev", "prof", "messrs",
            "dept", "asst", "sec", "secy", "vol", "ibid", "cf", "ca", "ltd", "co", "inc", "corp");

    private DraftingLine() {
    }

    /**
     * The drafting line of a document: from its source note, else from the first footnote that is the source note
     * ("Source: …", as a modern note reads when a plain text prints it as footnote 1) or begins with the line itself (how
     * older volumes print it); null when none has one.
     */
    public static String of(String sourceNote, List<FootnoteDraft> footnotes) {
        String line = in(sourceNote);
        if (line != null) {
            return line;
        }
        for (FootnoteDraft f : footnotes) {
            String text = f.text() == null ? "" : f.text().strip();
            if (text.startsWith("Drafted") || text.startsWith("Source:") && text.contains("Drafted")) {
                line = in(text);
                if (line != null) {
                    return line;
                }
            }
        }
        return null;
    }

    /** The drafting line among the sentences of {@code note}, null when none begins "Drafted". */
    public static String in(String note) {
        if (note == null || !note.contains("Drafted")) {
            return null;
        }
        String text = note.replaceAll("\\s+", " ").strip();
        StringBuilder line = new StringBuilder();
        int start = 0;
        while (start < text.length()) {
            int end = sentenceEnd(text, start);
            String sentence = text.substring(start, end).strip();
            if (line.isEmpty() ? sentence.startsWith("Drafted") : sentence.startsWith("Cleared") || sentence.startsWith("Approved")) {
                line.append(line.isEmpty() ? "" : " ").append(sentence);
            } else if (!line.isEmpty()) {
                break;
            }
            start = end;
        }
        if (line.isEmpty()) {
            return null;
        }
        return line.length() <= LONGEST ? line.toString() : line.substring(0, LONGEST - 1) + "…";
    }

    /** Where the sentence that starts at {@code from} ends: after its full stop (and any closing quote), or at the end. */
    private static int sentenceEnd(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == '.' && depth == 0 && endsSentence(text, i)) {
                int end = i + 1;
                while (end < text.length() && "”\"’'".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                return end;
            }
        }
        return text.length();
    }

    /** A full stop ends a sentence when a space and a word not in lower case follow, and it closes no initial or abbreviation. */
    private static boolean endsSentence(String text, int dot) {
        int next = dot + 1;
        while (next < text.length() && "”\"’'".indexOf(text.charAt(next)) >= 0) {
            next++;
        }
        if (next >= text.length()) {
            return true;
        }
        if (text.charAt(next) != ' ' || next + 1 >= text.length() || Character.isLowerCase(text.charAt(next + 1))) {
            return false;
        }
        int wordStart = dot;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0)); // "W.B. Smith", "Donald R. Lesh"
        return !initial && !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
