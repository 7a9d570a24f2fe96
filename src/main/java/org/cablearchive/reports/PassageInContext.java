package org.cablearchive.reports;

import java.util.List;
import java.util.Locale;

/**
 * A quoted passage found in a document's text, with the words around it, so that the desk sees where it stands.
 * The quote is matched on letters and digits alone, case aside: a passage copied from the page matches whatever
 * its punctuation, quotation marks, dashes or line breaks became on the way.
 *
 * @param part where it was found ("Text", "Title", "Footnote 3"…)
 */
public record PassageInContext(String part, String before, String passage, String after) {

    /** A part of the document a reader may quote, with the name the desk gives it. */
    record Part(String name, String text) { }

    /** The words shown on each side of the passage. */
    static final int CONTEXT = 280;

    /** The first place the quote stands in these parts, or null when it stands nowhere. */
    static PassageInContext find(String quote, List<Part> parts) {
        String key = fold(quote).text();
        if (key.length() < 2) {
            return null;
        }
        for (Part part : parts) {
            if (part.text() == null || part.text().isBlank()) {
                continue;
            }
            Folded text = fold(part.text());
            int at = text.text().indexOf(key);
            if (at >= 0) {
                int start = text.origin()[at];
                int end = text.origin()[at + key.length() - 1] + 1;
                String t = part.text();
                int from = Math.max(0, start - CONTEXT);
                int to = Math.min(t.length(), end + CONTEXT);
                return new PassageInContext(part.name(),
                        (from > 0 ? "…" : "") + t.substring(from, start),
                        t.substring(start, end),
                        t.substring(end, to) + (to < t.length() ? "…" : ""));
            }
        }
        return null;
    }

    /** Letters and digits, lower case, with where each came from in the original. */
    private record Folded(String text, int[] origin) { }

    private static Folded fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int[] origin = new int[2 * s.length() + 1];
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                String lower = new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
                for (int k = 0; k < lower.length(); k++) {
                    origin[out.length()] = i;
                    out.append(lower.charAt(k));
                }
            }
            i += Character.charCount(cp);
        }
        return new Folded(out.toString(), origin);
    }
}
