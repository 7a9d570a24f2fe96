package org.cablearchive.records;

import java.util.regex.Pattern;

/**
 * Printed page labels, whatever the numbering: arabic ("1475"), roman numerals of front matter ("xii"), bracketed or
 * otherwise unnumbered pages ("[5]"). A label is kept as printed; a range joins two with an en dash.
 */
public final class PrintedPages {

    /** The longest label kept; a longer {@code @n} is no page label but a mistake, cut here. */
    public static final int LONGEST = 60;

    private static final Pattern ARABIC = Pattern.compile("\\d{1,9}");

    private PrintedPages() {
    }

    /** The label to keep: the one printed when there is one, else the page number, else null. */
    static String label(String printed, Integer number) {
        if (printed != null && !printed.isBlank()) {
            String s = printed.strip();
            return s.length() <= LONGEST ? s : s.substring(0, LONGEST);
        }
        return number == null ? null : number.toString();
    }

    /** "1475–1477", "xii–xiv", "[5]" (a single page), or null when neither end is known. */
    public static String range(String first, String last) {
        if (first == null) {
            return last;
        }
        return last == null || last.equals(first) ? first : first + "–" + last;
    }

    /** The page number of a label that is all digits ("1475"), else null ("xii", "[5]"). */
    public static Integer number(String label) {
        if (label == null) {
            return null;
        }
        String s = label.strip();
        return ARABIC.matcher(s).matches() ? Integer.valueOf(s) : null;
    }
}
