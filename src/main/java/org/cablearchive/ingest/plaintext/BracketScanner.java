package org.cablearchive.ingest.plaintext;

import java.util.Locale;

/**
 * Reads the bracketed insertions of a paragraph: "[Page 1045]" (a page begins here), "[1 paragraph (5 lines) not
 * declassified]" (a gap), and any other bracket, which FRUS editors use for their own insertions ("[of]", "[Here
 * follows the text]", "[Received October 16—1:23 p. m.]"): those become supplied text, printed again in brackets.
 * A bracket that is nested, unclosed, empty or very long is left as text.
 */
final class BracketScanner {

    private static final int LONGEST_INSERTION = 500;

    private BracketScanner() {
    }

    static void scan(Paragraph p) {
        String s = p.text();
        int close = -1;
        int nextOpen = -1;
        int i = s.indexOf('[');
        // Each '[' looks up the next ']' and '[' through cached positions, so the scan stays linear.
        while (i >= 0) {
            if (close < i) {
                close = s.indexOf(']', i);
                if (close < 0) {
                    return;
                }
            }
            if (nextOpen <= i) {
                nextOpen = s.indexOf('[', i + 1);
                if (nextOpen < 0) {
                    nextOpen = Integer.MAX_VALUE;
                }
            }
            if (nextOpen < close || close == i + 1 || close - i - 1 > LONGEST_INSERTION) {
                i = nextOpen == Integer.MAX_VALUE ? -1 : nextOpen;
                continue;
            }
            String inside = s.substring(i + 1, close);
            String page = PageMarkers.page(inside);
            Paragraph.Kind kind;
            if (page != null) {
                kind = Paragraph.Kind.PAGE;
                inside = page;
            } else if (inside.toLowerCase(Locale.ROOT).contains("not declassified")) {
                kind = Paragraph.Kind.GAP;
            } else {
                kind = Paragraph.Kind.SUPPLIED;
            }
            p.add(new Paragraph.Span(i, close + 1, kind, inside, null, null));
            i = s.indexOf('[', close + 1);
        }
    }
}
