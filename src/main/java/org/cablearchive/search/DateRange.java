package org.cablearchive.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Reads the ends of a date range as researchers type them: a year, a year and month, or a day (ISO). */
final class DateRange {

    private DateRange() {
    }

    /** The first day the text can mean, or null when it is no date. */
    static LocalDate start(String text) {
        return read(text, true);
    }

    /** The last day the text can mean, or null when it is no date. */
    static LocalDate end(String text) {
        return read(text, false);
    }

    private static LocalDate read(String text, boolean start) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        try {
            if (t.matches("\\d{4}")) {
                int y = Integer.parseInt(t);
                return start ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
            }
            if (t.matches("\\d{4}-\\d{1,2}")) {
                YearMonth ym = YearMonth.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5)));
                return start ? ym.atDay(1) : ym.atEndOfMonth();
            }
            if (t.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
                String[] p = t.split("-");
                return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** What a search says of dates it could not read (and so left unset), one note for each. */
    static List<String> unread(String from, String to) {
        List<String> notes = new ArrayList<>();
        if (from != null && start(from) == null) {
            notes.add("\"" + from + "\" is not a date (use 1951, 1951-10 or 1951-10-15): no start date is set.");
        }
        if (to != null && end(to) == null) {
            notes.add("\"" + to + "\" is not a date (use 1951, 1951-10 or 1951-10-15): no end date is set.");
        }
        return notes;
    }
}
