package org.cablearchive.records.tei.reader;

import static org.cablearchive.records.tei.TeiNames.N;
import static org.cablearchive.records.tei.TeiNames.PB;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.cablearchive.records.PrintedPages;

/**
 * The printed pages a document stands on, whatever the volume's numbering: through the volume (1951: the document
 * begins on the page of the last break before it, often mid-page), afresh in each document (electronic-only
 * volumes: {@code <pb n="1" xml:id="d2-01"/>}, 2, 3… in every document), or restarting anywhere, in arabic numbers,
 * in roman numerals (front matter: {@code xii}) or in brackets ({@code [5]}, an unnumbered page). A document's pages
 * are those of its own page breaks; the page it begins on is the one before it only while the numbering runs on into
 * the document. The labels are kept as printed; only arabic numbers give the page numbers that find a document by
 * its page.
 *
 * @param start     the first page's number where it is arabic, or null
 * @param end       the last page's number where it is arabic, or null; never before {@code start}
 * @param first     the first page's label as printed ("xii", "[5]", "1475"), or null
 * @param last      the last page's label as printed, or null
 * @param lastBreak the {@code @n} of the last page break inside the div, or null
 */
record Pages(Integer start, Integer end, String first, String last, String lastBreak) {

    static Pages of(El div, DocumentAssembler.Context ctx, Consumer<String> warn) {
        List<El> breaks = new ArrayList<>();
        div.descendants(e -> false, e -> {
            if (e.isTei(PB)) {
                breaks.add(e);
            }
        });
        List<String> own = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (El pb : breaks) {
            String n = label(pb.attr(N));
            if (n == null) {
                continue;
            }
            own.add(n);
            Integer page = page(n);
            if (page != null) {
                numbers.add(page);
            } else if (Ordinal.of(n) == null) {
                warn.accept(ctx.xmlId() + " (" + pb.where() + "): the page break n=\"" + n + "\" is no page number, "
                        + "arabic, roman or in brackets; it is kept as printed.");
            }
        }
        String lastBreak = breaks.isEmpty() ? null : breaks.get(breaks.size() - 1).attr(N);
        String before = label(ctx.pageBefore());
        String leading = label(leadingPage(div));
        String first;
        if (leading != null) {
            first = leading; // the div opens with its page: it begins there
        } else if (own.isEmpty()) {
            first = before; // wholly on the page where the one before ended
        } else if (before != null && !restarts(before, own.get(0))) {
            first = before; // the numbering runs on: it begins on the page already open
        } else {
            first = own.get(0); // the numbering starts afresh in the document
        }
        String last = own.isEmpty() ? first : own.get(own.size() - 1);
        Integer start = page(first);
        Integer end = page(last);
        if (start != null && end == null) {
            // ends on a page without a number ("[6]"): its last numbered page, else the first
            end = numbers.isEmpty() ? start : Math.max(start, numbers.get(numbers.size() - 1));
        } else if (start == null && !numbers.isEmpty()) {
            end = numbers.get(numbers.size() - 1); // begins on "xii" or "[5]": the range ends on its last number
        }
        boolean backwards = false;
        for (int i = 1; i < numbers.size(); i++) {
            backwards |= numbers.get(i) < numbers.get(i - 1);
        }
        if (backwards || start != null && end != null && end < start) {
            int low = start != null ? start : numbers.get(0);
            int high = low;
            for (int n : numbers) {
                low = Math.min(low, n);
                high = Math.max(high, n);
            }
            warn.accept(ctx.xmlId() + " (" + div.where() + "): its page breaks do not run forward (" + String.join(", ", own)
                    + "); the document is kept, its pages taken as " + low + "–" + high + ".");
            start = low;
            end = high;
            first = String.valueOf(low);
            last = String.valueOf(high);
        }
        return new Pages(start, end, first, last, lastBreak);
    }

    /**
     * True when {@code next} numbers pages afresh after {@code before}: lower in the same numbering, or another
     * numbering (front matter's "xii", then the text's "1"). Labels that are no numbers never restart.
     */
    private static boolean restarts(String before, String next) {
        Ordinal a = Ordinal.of(before);
        Ordinal b = Ordinal.of(next);
        return a != null && b != null && (a.roman() != b.roman() || b.value() < a.value());
    }

    /** The {@code @n} of the page breaks that open the div, before any of its content (the last of them). */
    private static String leadingPage(El div) {
        String start = null;
        for (Object c : div.children) {
            if (c instanceof String) {
                if (((String) c).isBlank()) {
                    continue;
                }
                break;
            }
            El e = (El) c;
            if (!e.isTei(PB)) {
                break;
            }
            start = e.attr(N);
        }
        return start;
    }

    /** The label as printed, white space folded; null when blank or absent. */
    static String label(String n) {
        if (n == null || n.isBlank()) {
            return null;
        }
        return n.strip().replaceAll("\\s+", " ");
    }

    /** A printed page number when {@code @n} is all digits ("1475"); null for "XI", "[I]" or none. */
    static Integer page(String n) {
        if (n == null) {
            return null;
        }
        String s = n.strip();
        return s.matches("\\d{1,9}") ? Integer.valueOf(s) : null;
    }

    /** Where a label stands in its numbering: arabic or roman, in brackets or not ("[5]", "xii", "[IV]"). */
    record Ordinal(boolean roman, int value) {

        static Ordinal of(String label) {
            if (label == null) {
                return null;
            }
            String s = label.strip();
            if (s.length() > 2 && s.startsWith("[") && s.endsWith("]")) {
                s = s.substring(1, s.length() - 1).strip();
            }
            Integer arabic = page(s);
            if (arabic != null) {
                return new Ordinal(false, arabic);
            }
            Integer roman = PrintedPages.romanValue(s);
            return roman == null ? null : new Ordinal(true, roman);
        }
    }
}
