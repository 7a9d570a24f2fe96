package org.cablearchive.ingest.plaintext;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablearchive.records.DocumentDraft.ReferenceDraft;
import org.cablearchive.records.ReferenceKind;

/**
 * Finds references to other telegrams in a paragraph's free text: the State Department shorthand in any case
 * ("Embtel 634, October 15", "urtel 45", "reftel", "Embtels 3258 May 17 and 3366 May 26", which names two), and
 * "Ref: Algiers 1410". Each becomes a span whose label is the text exactly as printed, so no word moves.
 */
final class ReferenceFinder {

    private static final Pattern SHORTHAND = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(depcirtel|embtel|deptel|urtel|mytel|reftel|contel|legtel|cirtel)(s?)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACE = Pattern.compile(
            "(?<![\\p{L}])(?:Refs?|Reference)[:.] +((?:\\p{Lu}[\\p{L}.'\\-]* ){1,3})(\\d{1,7})(?![\\p{L}\\p{N}])");
    private static final int LONGEST_NUMBER = 7;

    private ReferenceFinder() {
    }

    /** Adds a span, without its key yet, for every reference in the paragraph's free text. */
    static void find(Paragraph p, LocalDate context) {
        String s = p.text();
        for (int[] r : p.freeRanges()) {
            Matcher m = SHORTHAND.matcher(s).region(r[0], r[1]).useTransparentBounds(true);
            while (m.find()) {
                ReferenceKind kind = ReferenceKind.fromShorthand(m.group(1) + m.group(2)).orElse(ReferenceKind.OTHER);
                int end = shorthand(p, kind, m.start(), m.end(), !m.group(2).isEmpty(), r[1], context);
                m.region(end, r[1]);
            }
        }
        for (int[] r : p.freeRanges()) {
            Matcher m = PLACE.matcher(s).region(r[0], r[1]).useTransparentBounds(true);
            while (m.find()) {
                int labelStart = m.start(1);
                int numberEnd = m.end(2);
                Number n = new Number(m.group(2), m.start(2), numberEnd);
                int end = withDate(p, ReferenceKind.OTHER, labelStart, n, r[1], context);
                m.region(end, r[1]);
            }
        }
    }

    private record Number(String value, int start, int end) { }

    /** Reads one shorthand and what follows it; returns where the reading ended. */
    private static int shorthand(Paragraph p, ReferenceKind kind, int start, int wordEnd, boolean plural, int limit,
                                 LocalDate context) {
        Number n = numberAt(p.text(), Dates.skipSpaces(p.text(), wordEnd), limit);
        if (n == null) {
            p.add(span(p, kind, start, wordEnd, null, null));
            return wordEnd;
        }
        int end = withDate(p, kind, start, n, limit, context);
        while (plural) {
            Number next = nextInList(p.text(), end, limit);
            if (next == null) {
                break;
            }
            end = withDate(p, kind, next.start(), next, limit, context);
        }
        return end;
    }

    /** Adds the reference from {@code labelStart} through its number and any date after it; returns its end. */
    private static int withDate(Paragraph p, ReferenceKind kind, int labelStart, Number n, int limit, LocalDate context) {
        String s = p.text();
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
        p.add(span(p, kind, labelStart, end, n.value(), date));
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

    private static Paragraph.Span span(Paragraph p, ReferenceKind kind, int start, int end, String number, LocalDate date) {
        String label = p.text().substring(start, end);
        return new Paragraph.Span(start, end, Paragraph.Kind.REF, label, null,
                new ReferenceDraft(null, kind, number, date, label, null));
    }
}
