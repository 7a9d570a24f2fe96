package org.cablearchive.records.tei.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablearchive.records.ReferenceKind;

/**
 * Finds references to other telegrams in running text: the State Department shorthand in any case
 * ("Embtel 634, October 15", "urtel 45", "reftel", "Embtels 3258 May 17 and 3366 May 26", which names two), and
 * "Ref: Algiers 1410". Shared by the plain-text reader (on a paragraph) and the TEI reader (on the text of an
 * element's children), so that a telegram yields the same references whichever way it came in.
 *
 * <p>Spaces are matched as printed: callers give text whose whitespace is spaces (line breaks turned into
 * spaces one for one, so that offsets still point into their own text).
 */
public final class TelegramShorthand {

    private static final Pattern SHORTHAND = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(depcirtel|embtel|deptel|urtel|mytel|reftel|contel|legtel|cirtel)(s?)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACE = Pattern.compile(
            "(?<![\\p{L}])(?:Refs?|Reference)[:.] +((?:\\p{Lu}[\\p{L}.'\\-]* ){1,3})(\\d{1,7})(?![\\p{L}\\p{N}])");
    private static final int LONGEST_NUMBER = 7;

    private TelegramShorthand() {
    }

    /**
     * One reference found: {@code text.substring(start, end)} is its label exactly as printed; {@code number} is
     * null for a bare "reftel", {@code date} null when none was printed or it cannot be placed in a year.
     */
    public record Found(int start, int end, ReferenceKind kind, String number, LocalDate date) { }

    /**
     * The references in the given stretches of {@code text} (each {start, end}, in order, not overlapping), in
     * text order. {@code context}: the citing document's day, which gives printed dates without a year their year.
     */
    public static List<Found> find(String text, List<int[]> ranges, LocalDate context) {
        List<Found> found = new ArrayList<>();
        if (!mayHold(text)) {
            return found; // most text names no telegram: one pass over it instead of two regular expressions
        }
        for (int[] r : ranges) {
            Matcher m = SHORTHAND.matcher(text).region(r[0], r[1]).useTransparentBounds(true);
            while (m.find()) {
                ReferenceKind kind = ReferenceKind.fromShorthand(m.group(1) + m.group(2)).orElse(ReferenceKind.OTHER);
                int end = shorthand(text, found, kind, m.start(), m.end(), !m.group(2).isEmpty(), r[1], context);
                m.region(end, r[1]);
            }
        }
        for (int[] r : outside(ranges, found)) {
            Matcher m = PLACE.matcher(text).region(r[0], r[1]).useTransparentBounds(true);
            while (m.find()) {
                Number n = new Number(m.group(2), m.start(2), m.end(2));
                int end = withDate(text, found, ReferenceKind.OTHER, m.start(1), n, r[1], context);
                m.region(end, r[1]);
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    /** The references in the whole of {@code text}. */
    public static List<Found> find(String text, LocalDate context) {
        return find(text, List.of(new int[] {0, text.length()}), context);
    }

    /**
     * Whether the text may hold a reference: a word ending in "tel" or "tels" in any case (not "telegram"), or
     * "Ref". Neither pattern can match without one, and most text has neither.
     */
    public static boolean mayHold(CharSequence s) {
        for (int i = 0, n = s.length() - 2; i < n; i++) {
            char c = s.charAt(i);
            if ((c == 't' || c == 'T') && (s.charAt(i + 1) | 0x20) == 'e' && (s.charAt(i + 2) | 0x20) == 'l') {
                int after = i + 3;
                if (after < s.length() && (s.charAt(after) | 0x20) == 's') {
                    after++;
                }
                if (after == s.length() || !Character.isLetterOrDigit(s.charAt(after))) {
                    return true;
                }
            } else if (c == 'R' && s.charAt(i + 1) == 'e' && s.charAt(i + 2) == 'f') {
                return true;
            }
        }
        return false;
    }

    /** The parts of the ranges that no reference found so far covers. */
    private static List<int[]> outside(List<int[]> ranges, List<Found> found) {
        List<int[]> free = new ArrayList<>();
        for (int[] r : ranges) {
            int pos = r[0];
            for (Found f : found) {
                if (f.end() <= pos || f.start() >= r[1]) {
                    continue;
                }
                if (f.start() > pos) {
                    free.add(new int[] {pos, f.start()});
                }
                pos = Math.max(pos, f.end());
            }
            if (pos < r[1]) {
                free.add(new int[] {pos, r[1]});
            }
        }
        return free;
    }

    private record Number(String value, int start, int end) { }

    /** Reads one shorthand and what follows it; returns where the reading ended. */
    private static int shorthand(String s, List<Found> found, ReferenceKind kind, int start, int wordEnd, boolean plural,
                                 int limit, LocalDate context) {
        Number n = numberAt(s, Dates.skipSpaces(s, wordEnd), limit);
        if (n == null) {
            found.add(new Found(start, wordEnd, kind, null, null));
            return wordEnd;
        }
        int end = withDate(s, found, kind, start, n, limit, context);
        while (plural) {
            Number next = nextInList(s, end, limit);
            if (next == null) {
                break;
            }
            end = withDate(s, found, kind, next.start(), next, limit, context);
        }
        return end;
    }

    /** Adds the reference from {@code labelStart} through its number and any date after it; returns its end. */
    private static int withDate(String s, List<Found> found, ReferenceKind kind, int labelStart, Number n, int limit,
                                LocalDate context) {
        int i = n.end();
        if (i < limit && s.charAt(i) == ',') {
            i++;
        }
        int afterSpace = Dates.skipSpaces(s, i);
        Dates.MonthDay md = null;
        if (afterSpace > n.end() && afterSpace < limit) {
            int at = afterSpace;
            for (String joiner : new String[] {"of ", "dated "}) {
                if (s.startsWith(joiner, at)) {
                    at += joiner.length();
                }
            }
            md = Dates.monthDayAt(s, at);
            if (md != null && md.end() > limit) {
                md = null;
            }
        }
        int end = md == null ? n.end() : md.end();
        LocalDate date = md == null ? null : md.resolve(context);
        found.add(new Found(labelStart, end, kind, n.value(), date));
        return end;
    }

    /** The next number of a plural reference: ", 3366", " and 3366", ", and 3366". */
    private static Number nextInList(String s, int i, int limit) {
        for (String sep : new String[] {", and ", ", ", " and ", " & "}) {
            if (s.startsWith(sep, i) && i + sep.length() < limit) {
                Number n = numberAt(s, i + sep.length(), limit);
                if (n != null) {
                    return n;
                }
            }
        }
        return null;
    }

    private static Number numberAt(String s, int i, int limit) {
        int start = i;
        if (s.startsWith("No. ", i) || s.startsWith("no. ", i)) {
            i += 4;
        }
        int end = Dates.digits(s, i, LONGEST_NUMBER);
        if (end == i || end > limit || (end < s.length() && Character.isLetterOrDigit(s.charAt(end)))) {
            return null;
        }
        return new Number(s.substring(i, end), start, end);
    }
}
