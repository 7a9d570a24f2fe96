package org.cablearchive.ingest.plaintext;

import java.util.Locale;
import org.cablearchive.records.PrintedPages;

/**
 * Works out the printed pages a document stands on from its page markers, as the body is written: "[Page N]"
 * means page N begins there, so a document with words before its first marker began on page N−1, and one whose
 * body opens with the marker began on page N. It ends on the page of its last marker.
 */
final class PageCounter {

    private final Warnings warnings;
    private boolean words;
    private Integer start;
    private Integer last;
    private Integer highest;
    private boolean outOfOrder;
    private String firstLabel;
    private String lastLabel;

    PageCounter(Warnings warnings) {
        this.warnings = warnings;
    }

    /** Words of the document have been written. */
    void words() {
        words = true;
    }

    void page(String printed) {
        if (firstLabel == null) {
            // a roman page ("[Page xii]") begins there too: with words before it the document began a page earlier
            firstLabel = words ? previous(printed) : printed;
        }
        lastLabel = printed;
        Integer n = PageMarkers.number(printed);
        if (n == null) {
            return;
        }
        if (start == null) {
            start = words ? Math.max(n - 1, 0) : n;
        }
        if (last != null && n != last + 1 && !outOfOrder) {
            outOfOrder = true;
            warnings.add("The page markers do not run one after another ([Page " + last + "] is followed by [Page "
                    + n + "]); check them.");
        }
        last = n;
        highest = highest == null ? n : Math.max(highest, n);
    }

    /** The label of the first page as printed ("xii", "1042"), or null without markers. */
    String firstLabel() {
        return firstLabel;
    }

    /** The label of the last page: the highest number when the markers are out of order. */
    String lastLabel() {
        return outOfOrder && highest != null ? highest.toString() : lastLabel;
    }

    /** The page before a printed one: "1042" for 1043, "xi" for "xii"; the page itself when there is none before. */
    private static String previous(String printed) {
        Integer n = PageMarkers.number(printed);
        if (n != null) {
            return String.valueOf(Math.max(n - 1, 0));
        }
        Integer value = PrintedPages.romanValue(printed);
        if (value == null || value <= 1) {
            return printed;
        }
        String roman = PrintedPages.roman(value - 1);
        return Character.isUpperCase(printed.charAt(0)) ? roman.toUpperCase(Locale.ROOT) : roman;
    }

    Integer start() {
        return start;
    }

    /** The last marker's page; the highest one when the markers are out of order, so the end is never before the start. */
    Integer end() {
        return outOfOrder ? highest : last;
    }
}
