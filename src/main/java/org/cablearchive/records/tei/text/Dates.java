package org.cablearchive.records.tei.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/** Month names and "October 15[, 1951]" as telegrams print them, read by hand so that no regex backtracks. */
public final class Dates {

    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};

    private Dates() {
    }

    /** A month and day, with the year when printed; {@code end} is the index just after what was read. */
    public record MonthDay(int end, int month, int day, Integer year) {

        /** The date, taking the year from {@code context} when none was printed; null when it cannot be a day. */
        public LocalDate resolve(LocalDate context) {
            if (year != null) {
                return safe(year, month, day);
            }
            if (context == null) {
                return null;
            }
            // A document cites earlier papers: a month later than the document's own is last year's ("December
            // 28" cited on January 5). A later day of the same month stays in the year: the document's date may be
            // a filing date some days after it was sent.
            int y = month > context.getMonthValue() ? context.getYear() - 1 : context.getYear();
            return safe(y, month, day);
        }
    }

    /** 1–12 for a month name or its usual abbreviation ("Oct", "Sept"), else 0. */
    public static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 3) {
            return 0;
        }
        for (int i = 0; i < MONTHS.length; i++) {
            String m = MONTHS[i];
            if (w.equals(m) || (w.length() <= m.length() && m.startsWith(w) && (w.length() == 3 || w.equals("sept")))) {
                return i + 1;
            }
        }
        return 0;
    }

    public static LocalDate safe(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Reads "Month[.] D" and an optional ", YYYY" starting exactly at {@code pos}; null when there is none. */
    public static MonthDay monthDayAt(String s, int pos) {
        int i = pos;
        while (i < s.length() && i - pos < 10 && Character.isLetter(s.charAt(i))) {
            i++;
        }
        if (i == pos || (i < s.length() && Character.isLetter(s.charAt(i)))) {
            return null;
        }
        int month = month(s.substring(pos, i));
        if (month == 0) {
            return null;
        }
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
        }
        int spaces = skipSpaces(s, i);
        if (spaces == i) {
            return null;
        }
        int dayEnd = digits(s, spaces, 2);
        if (dayEnd == spaces || (dayEnd < s.length() && (Character.isLetterOrDigit(s.charAt(dayEnd))))) {
            return null;
        }
        int day = Integer.parseInt(s.substring(spaces, dayEnd));
        if (day < 1 || day > 31) {
            return null;
        }
        Integer year = null;
        int end = dayEnd;
        if (dayEnd + 1 < s.length() && s.charAt(dayEnd) == ',') {
            int y = skipSpaces(s, dayEnd + 1);
            int yEnd = digits(s, y, 4);
            if (y > dayEnd + 1 && yEnd - y == 4 && (yEnd == s.length() || !Character.isLetterOrDigit(s.charAt(yEnd)))) {
                int value = Integer.parseInt(s.substring(y, yEnd));
                if (value >= 1700 && value <= 2099) {
                    year = value;
                    end = yEnd;
                }
            }
        }
        return new MonthDay(end, month, day, year);
    }

    public static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The index after at most {@code max} ASCII digits from {@code i}; {@code i} itself when there are none. */
    public static int digits(String s, int i, int max) {
        int j = i;
        while (j < s.length() && j - i < max && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
            j++;
        }
        if (j - i == max && j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
            return i; // longer than allowed: not what we are looking for
        }
        return j;
    }
}
