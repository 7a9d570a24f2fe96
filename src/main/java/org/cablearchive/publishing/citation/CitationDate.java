package org.cablearchive.publishing.citation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cablearchive.records.DocumentDate;

/**
 * A document's date in the forms the reference formats ask for, keeping the precision the source gives: a month
 * stays a month, a year a year; a moment is cited by its day.
 */
final class CitationDate {

    private CitationDate() {
    }

    /** CSL date-parts: one part ([1951, 10, 15], [1951, 10], [1951]), two for a range; empty when undated. */
    static List<List<Integer>> parts(DocumentDate date) {
        List<List<Integer>> parts = new ArrayList<>();
        for (DocumentDate side : sides(date)) {
            LocalDate day = side.earliest();
            parts.add(switch (side.precision()) {
                case YEAR -> List.of(day.getYear());
                case MONTH -> List.of(day.getYear(), day.getMonthValue());
                default -> List.of(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
            });
        }
        return parts;
    }

    /** As a note prints it: "October 15, 1951", "October 1951", "1951"; null when undated. */
    static String phrase(DocumentDate date) {
        if (date.isUndated()) {
            return null;
        }
        if (date.precision() == DocumentDate.Precision.TIME) {
            return DocumentDate.of(date.earliest()).display();
        }
        return date.display();
    }

    /** ISO 8601 at the source's precision without the time ("1951-10-15", "1951-10"), for DC.date; null when undated. */
    static String iso(DocumentDate date) {
        List<List<Integer>> parts = parts(date);
        return parts.isEmpty() ? null : String.join("/", parts.stream().map(p -> joined(p, "-")).toList());
    }

    /** Highwire's slashed form ("1951/10/15", "1951/10", "1951"): the first day a range covers; null when undated. */
    static String slashed(DocumentDate date) {
        List<List<Integer>> parts = parts(date);
        return parts.isEmpty() ? null : joined(parts.get(0), "/");
    }

    /** RIS DA: "1951/10/15/", "1951/10//", "1951///"; a range is its first day with the range as printed after it. */
    static String ris(DocumentDate date) {
        List<List<Integer>> parts = parts(date);
        if (parts.isEmpty()) {
            return null;
        }
        List<Integer> first = parts.get(0);
        String other = parts.size() > 1 ? date.display() : "";
        return first.get(0) + "/" + (first.size() > 1 ? two(first.get(1)) : "") + "/"
                + (first.size() > 2 ? two(first.get(2)) : "") + "/" + other;
    }

    /** The year of the first day the date covers, or null when undated. */
    static Integer year(DocumentDate date) {
        return date.isUndated() ? null : date.earliest().getYear();
    }

    private static String joined(List<Integer> part, String separator) {
        StringBuilder s = new StringBuilder(String.valueOf(part.get(0)));
        for (int i = 1; i < part.size(); i++) {
            s.append(separator).append(two(part.get(i)));
        }
        return s.toString();
    }

    private static List<DocumentDate> sides(DocumentDate date) {
        if (date.isUndated()) {
            return List.of();
        }
        if (date.precision() != DocumentDate.Precision.RANGE) {
            return List.of(date);
        }
        String[] ends = date.iso().split("/");
        return List.of(DocumentDate.parse(ends[0]), DocumentDate.parse(ends[1]));
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
