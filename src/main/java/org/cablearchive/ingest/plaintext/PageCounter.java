package org.cablearchive.ingest.plaintext;

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

    PageCounter(Warnings warnings) {
        this.warnings = warnings;
    }

    /** Words of the document have been written. */
    void words() {
        words = true;
    }

    void page(String printed) {
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

    Integer start() {
        return start;
    }

    /** The last marker's page; the highest one when the markers are out of order, so the end is never before the start. */
    Integer end() {
        return outOfOrder ? highest : last;
    }
}
