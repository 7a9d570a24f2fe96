package org.cablearchive.ingest.plaintext;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The "[Page 1043]" markers printed FRUS text carries where a page begins, exactly as the body renders them. */
final class PageMarkers {

    static final Pattern MARKER = Pattern.compile("Page\\s+([0-9]{1,6}|[IVXLCDMivxlcdm]{1,10})");

    private PageMarkers() {
    }

    /** The page named by a line holding one marker and nothing else, else null. */
    static String lineMarker(String line) {
        String s = line.strip();
        if (s.length() < 8 || s.length() > 24 || s.charAt(0) != '[' || s.charAt(s.length() - 1) != ']') {
            return null;
        }
        return page(s.substring(1, s.length() - 1));
    }

    /** The page named by the inside of a bracket ("Page 1043"), else null. */
    static String page(String inside) {
        Matcher m = MARKER.matcher(inside);
        return m.matches() ? m.group(1) : null;
    }

    /** The page as a number, or null for a roman front-matter page. */
    static Integer number(String page) {
        if (page == null || page.isEmpty() || !Character.isDigit(page.charAt(0))) {
            return null;
        }
        return Integer.valueOf(page);
    }
}
