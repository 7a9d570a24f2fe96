package org.cablearchive.records;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The printed pages of a document, and the rules of printed page labels whatever the numbering: arabic ("1475"),
 * roman numerals of front matter ("xii"), bracketed or otherwise unnumbered pages ("[5]"). A label is kept as
 * printed; a range joins two with an en dash.
 *
 * @param pageStart the printed page the document begins on, where its number is arabic
 * @param pageEnd   the printed page it ends on, where its number is arabic
 * @param pageFirst the label of the first page as printed ("xii", "[5]", "1475"); the page number when only that is
 *                  given (a snapshot kept before page labels, V17, has the numbers only)
 * @param pageLast  the label of the last page as printed
 */
public record PrintedPages(Integer pageStart, Integer pageEnd, String pageFirst, String pageLast) {

    public static final PrintedPages NONE = new PrintedPages(null, null, null, null);

    /** The longest label kept; a longer {@code @n} is no page label but a mistake, cut here. */
    public static final int LONGEST = 60;

    private static final Pattern ARABIC = Pattern.compile("\\d{1,9}");
    private static final Pattern ROMAN = Pattern.compile("(?i)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})");
    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] NUMERALS = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};

    public PrintedPages {
        pageFirst = label(pageFirst, pageStart);
        pageLast = label(pageLast, pageEnd);
    }

    /** Pages known by their numbers only. */
    public static PrintedPages numbered(Integer start, Integer end) {
        return new PrintedPages(start, end, null, null);
    }

    /** The printed pages as one label: "1475–1477", "xii–xiv", "[5]"; null when none are known. */
    public String printed() {
        return range(pageFirst, pageLast);
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

    /** The value of a roman numeral as front matter prints it ("xii", "IV"), or null when the label is none. */
    public static Integer romanValue(String label) {
        String s = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty() || s.length() > 15 || !ROMAN.matcher(s).matches()) {
            return null;
        }
        int total = 0;
        for (int i = 0, k = 0; k < VALUES.length; k++) {
            while (s.startsWith(NUMERALS[k], i)) {
                total += VALUES[k];
                i += NUMERALS[k].length();
            }
        }
        return total;
    }

    /** A number as a roman numeral in lower case: 12 gives "xii". */
    public static String roman(int value) {
        StringBuilder out = new StringBuilder();
        int rest = value;
        for (int k = 0; k < VALUES.length; k++) {
            while (rest >= VALUES[k]) {
                out.append(NUMERALS[k]);
                rest -= VALUES[k];
            }
        }
        return out.toString();
    }
}
