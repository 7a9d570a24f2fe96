package org.cablearchive.ingest.plaintext;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablearchive.records.tei.text.Dates;
import org.cablearchive.records.DocumentDate;

/**
 * Reads a dateline: "Moscow, October 16, 1951—3 p. m.", "[Washington,] May 3, 1951.", "Tokyo, January 23,
 * 1968, 1100Z.", "Washington, undated.", "January 6 and 7, 1951.", "Hong Kong, February 8—5 p. m." (no year:
 * the year of the file number is taken when there is one). The time is kept when printed (local, or UTC for Z).
 */
final class DatelineReader {

    /**
     * The place as printed (brackets of a supplied place removed), or null, and the date; {@code impossible} when
     * the line has the shape of a dateline but names a day that does not exist ("February 30"), left undated.
     */
    record Dateline(String place, DocumentDate date, boolean impossible) { }

    private static final int LONGEST_LINE = 160;
    private static final String PLACE = "(?:\\[?(\\p{Lu}[\\p{L}.'’ \\-]{0,40}?)(?:,\\]|\\],|,)\\s*)?";

    // Bounded, anchored and applied to one short line only: no catastrophic backtracking is possible.
    private static final Pattern DATED = Pattern.compile("^" + PLACE + "\\[?"
            + "(?:(\\p{L}{3,9})\\.?\\s+(\\d{1,2})(?:\\s*(?:and|to|–|-)\\s*(\\d{1,2}))?|(\\d{1,2})\\s+(\\p{L}{3,9})\\.?)"
            + "(?:,?\\s+(\\d{4}))?\\]?(.*)$");
    private static final Pattern UNDATED = Pattern.compile(
            "^\\[?(\\p{Lu}[\\p{L}.'’ \\-]{0,40}?)(?:,\\]|\\],|,)\\s*\\[?undated\\]?\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOCK = Pattern.compile(
            "^(?:[—–-]|,)\\s*(\\d{1,2})(?:[:.](\\d{2}))?\\s*([ap])\\.\\s*m\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern ZULU = Pattern.compile("^,?\\s*(\\d{2})(\\d{2})\\s*Z\\b\\.?");
    private static final Pattern NOON = Pattern.compile("^(?:[—–-]|,)\\s*(?:12\\s*)?(noon|midnight)\\b\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SECOND_TIME = Pattern.compile(
            "^\\s*(?:and|to|–|-)\\s*\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.\\s*m\\.?|noon|midnight)", Pattern.CASE_INSENSITIVE);
    // What may follow: a closing period or bracket, a receipt note, a footnote mark ("May 4, 1951.*").
    private static final Pattern TAIL = Pattern.compile(
            "^\\s*\\.?\\]?\\.?(?:\\d{1,3}|[*†‡§]{1,3})?\\s*(?:\\[[^\\]]{0,80}\\])?\\s*$");

    private DatelineReader() {
    }

    /** The dateline on this line, or null; {@code fallbackYear} dates a dateline printed without its year. */
    static Dateline read(String line, Integer fallbackYear) {
        if (line.length() > 2 * LONGEST_LINE) {
            return null;
        }
        String s = TextHygiene.squeeze(line);
        if (s.length() > LONGEST_LINE) {
            return null;
        }
        Matcher u = UNDATED.matcher(s);
        if (u.matches()) {
            return new Dateline(place(u.group(1)), DocumentDate.UNDATED, false);
        }
        Matcher m = DATED.matcher(s);
        if (!m.matches()) {
            return null;
        }
        int month = Dates.month(m.group(2) != null ? m.group(2) : m.group(6));
        if (month == 0 || (m.group(1) == null && m.group(7) == null && !s.startsWith("["))) {
            return null; // "May 3" alone is too weak a sign of a dateline
        }
        Integer year = m.group(7) != null ? Integer.valueOf(m.group(7)) : fallbackYear;
        int day = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(5));
        LocalDate first = year == null ? null : Dates.safe(year, month, day);
        LocalDate last = m.group(4) == null || first == null ? null : Dates.safe(year, month, Integer.parseInt(m.group(4)));
        boolean impossible = year != null && (first == null || (m.group(4) != null && (last == null || last.isBefore(first))));
        String rest = m.group(8);
        String time = null;
        Matcher t;
        if ((t = CLOCK.matcher(rest)).lookingAt()) {
            int hour = Integer.parseInt(t.group(1));
            int minute = t.group(2) == null ? 0 : Integer.parseInt(t.group(2));
            if (hour < 1 || hour > 12 || minute > 59) {
                return null;
            }
            time = String.format("T%02d:%02d:00", hour % 12 + (t.group(3).equalsIgnoreCase("p") ? 12 : 0), minute);
            rest = rest.substring(t.end());
        } else if ((t = ZULU.matcher(rest)).lookingAt()) {
            int hour = Integer.parseInt(t.group(1));
            int minute = Integer.parseInt(t.group(2));
            if (hour > 23 || minute > 59) {
                return null;
            }
            time = String.format("T%02d:%02d:00Z", hour, minute);
            rest = rest.substring(t.end());
        } else if ((t = NOON.matcher(rest)).lookingAt()) {
            // FRUS encodes "midnight" as the first moment of the day printed; this follows it.
            time = t.group(1).equalsIgnoreCase("noon") ? "T12:00:00" : "T00:00:00";
            rest = rest.substring(t.end());
        }
        if (time != null && (t = SECOND_TIME.matcher(rest)).lookingAt()) {
            rest = rest.substring(t.end()); // "9 p. m. and 11 p. m.": the first time dates the document
        }
        if (!TAIL.matcher(rest).matches()) {
            return null;
        }
        return new Dateline(place(m.group(1)), impossible ? DocumentDate.UNDATED : date(first, last, time), impossible);
    }

    private static DocumentDate date(LocalDate first, LocalDate last, String time) {
        if (first == null) {
            return DocumentDate.UNDATED;
        }
        if (last != null && !last.equals(first)) {
            return DocumentDate.between(first.toString(), last.toString());
        }
        return DocumentDate.parse(first + (time == null ? "" : time));
    }

    private static String place(String printed) {
        return printed == null ? null : printed.replace("[", "").replace("]", "").strip();
    }
}
