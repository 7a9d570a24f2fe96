package org.cablearchive.ingest.tei;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The printed pages a document stands on, whatever the volume's numbering: through the volume (1951: the document
 * begins on the page of the last break before it, often mid-page), afresh in each document (electronic-only
 * volumes: {@code <pb n="1" xml:id="d2-01"/>}, 2, 3… in every document), or restarting anywhere. A document's
 * pages are those of its own page breaks; the page it begins on is the one before it only while the numbering
 * runs on into the document. Numbers that are not arabic ({@code XI}, {@code [I]}) give no range.
 *
 * @param start     the first page, or null
 * @param end       the last page, or null; never before {@code start}
 * @param lastBreak the {@code @n} of the last page break inside the div, or null
 */
record Pages(Integer start, Integer end, String lastBreak) {

    static Pages of(El div, DocumentAssembler.Context ctx, Consumer<String> warn) {
        List<String> own = new ArrayList<>();
        div.descendants(e -> false, e -> {
            if (e.isTei("pb")) {
                own.add(e.attr("n"));
            }
        });
        List<Integer> numbers = new ArrayList<>();
        for (String n : own) {
            Integer page = page(n);
            if (page != null) {
                numbers.add(page);
            }
        }
        String lastBreak = own.isEmpty() ? null : own.get(own.size() - 1);
        Integer before = page(ctx.pageBefore());
        String leading = leadingPage(div);
        Integer start;
        if (leading != null) {
            start = page(leading); // the div opens with its page: it begins there
        } else if (numbers.isEmpty()) {
            start = before; // wholly on the page where the one before ended
        } else if (before != null && before <= numbers.get(0)) {
            start = before; // the numbering runs on: it begins on the page already open
        } else {
            start = numbers.get(0); // the numbering starts afresh in the document
        }
        Integer end = numbers.isEmpty() ? start : numbers.get(numbers.size() - 1);
        boolean backwards = false;
        for (int i = 1; i < numbers.size(); i++) {
            backwards |= numbers.get(i) < numbers.get(i - 1);
        }
        if (start != null && end != null && (backwards || end < start)) {
            int low = start;
            int high = start;
            for (int n : numbers) {
                low = Math.min(low, n);
                high = Math.max(high, n);
            }
            warn.accept(ctx.xmlId() + " (" + div.where() + "): its page breaks do not run forward (" + String.join(", ", own)
                    + "); the document is kept, its pages taken as " + low + "–" + high + ".");
            start = low;
            end = high;
        }
        return new Pages(start, end, lastBreak);
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
            if (!e.isTei("pb")) {
                break;
            }
            start = e.attr("n");
        }
        return start;
    }

    /** A printed page number when {@code @n} is all digits ("1475"); null for "XI", "[I]" or none. */
    static Integer page(String n) {
        if (n == null) {
            return null;
        }
        String s = n.strip();
        return s.matches("\\d{1,9}") ? Integer.valueOf(s) : null;
    }
}
