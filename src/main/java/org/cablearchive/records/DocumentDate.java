package org.cablearchive.records;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * When a document was written, as precisely as the source says: a day, a moment (with or without a zone), a
 * month, a year, a range, or undated.
 *
 * <p>The value is kept as its ISO 8601 text ({@code 1951-10-15}, {@code 1951-05-21T15:00:00},
 * {@code 1969-06-18T00:31:00Z}, {@code 1951-10}, {@code 1951-10-15/1951-10-17}), so nothing the source says is
 * lost or invented; {@link #earliest()} and {@link #latest()} give the days it spans, for sorting and filtering.
 */
public record DocumentDate(@JsonValue String iso) {

    public enum Precision { TIME, DAY, MONTH, YEAR, RANGE, UNDATED }

    public static final DocumentDate UNDATED = new DocumentDate(null);

    public DocumentDate {
        if (iso != null) {
            iso = iso.strip();
            if (iso.isEmpty()) {
                iso = null;
            } else {
                validate(iso);
            }
        }
    }

    public static DocumentDate of(LocalDate day) {
        return day == null ? UNDATED : new DocumentDate(day.toString());
    }

    public static DocumentDate between(String from, String to) {
        return new DocumentDate(from + "/" + to);
    }

    /** Reads ISO text; throws {@link IllegalArgumentException} with a readable message when it is not a date. */
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("MMMM d, yyyy, HH:mm 'UTC'", Locale.ENGLISH)
                    .withZone(ZoneOffset.UTC);

    /**
     * A moment of the archive's own work (a save, a sign-in, a comment) the way pages write every date:
     * "October 15, 1951, 14:02 UTC"; empty for none.
     */
    public static String moment(Instant at) {
        return at == null ? "" : MOMENT.format(at);
    }

    /** {@link #moment(Instant)} of a time with an offset (as JDBC may give it). */
    public static String moment(OffsetDateTime at) {
        return at == null ? "" : MOMENT.format(at.toInstant());
    }

    public static DocumentDate parse(String iso) {
        return new DocumentDate(iso);
    }

    public Precision precision() {
        if (iso == null) {
            return Precision.UNDATED;
        }
        if (iso.contains("/")) {
            return Precision.RANGE;
        }
        return single(iso);
    }

    public boolean isUndated() {
        return iso == null;
    }

    /** The first day the date covers, or null when undated. */
    public LocalDate earliest() {
        if (iso == null) {
            return null;
        }
        String first = iso.contains("/") ? iso.substring(0, iso.indexOf('/')) : iso;
        return bounds(first, true);
    }

    /** The last day the date covers, or null when undated. */
    public LocalDate latest() {
        if (iso == null) {
            return null;
        }
        String last = iso.contains("/") ? iso.substring(iso.indexOf('/') + 1) : iso;
        return bounds(last, false);
    }

    private static void validate(String iso) {
        String[] parts = iso.split("/", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("Not a date: \"" + iso + "\" (a range has one slash: 1951-10-15/1951-10-17)");
        }
        for (String part : parts) {
            single(part);
        }
        if (parts.length == 2 && bounds(parts[0], true).isAfter(bounds(parts[1], false))) {
            throw new IllegalArgumentException("The range \"" + iso + "\" ends before it begins");
        }
    }

    private static Precision single(String s) {
        try {
            if (s.contains("T")) {
                if (s.endsWith("Z") || s.matches(".*[+-]\\d\\d:\\d\\d$")) {
                    OffsetDateTime.parse(s);
                } else {
                    LocalDateTime.parse(s);
                }
                return Precision.TIME;
            }
            if (s.length() == 10) {
                LocalDate.parse(s);
                return Precision.DAY;
            }
            if (s.length() == 7) {
                YearMonth.parse(s);
                return Precision.MONTH;
            }
            if (s.length() == 4) {
                Year.parse(s);
                return Precision.YEAR;
            }
        } catch (DateTimeParseException e) {
            // fall through to the readable message below
        }
        throw new IllegalArgumentException("Not a date: \"" + s + "\" (write 1951-10-15, 1951-10, 1951 or 1951-10-15T14:00)");
    }

    private static LocalDate bounds(String s, boolean start) {
        return switch (single(s)) {
            case TIME -> LocalDate.parse(s.substring(0, 10));
            case DAY -> LocalDate.parse(s);
            case MONTH -> start ? YearMonth.parse(s).atDay(1) : YearMonth.parse(s).atEndOfMonth();
            case YEAR -> start ? Year.parse(s).atDay(1) : Year.parse(s).atMonth(12).atEndOfMonth();
            default -> throw new IllegalStateException(s);
        };
    }

    /** The date as a reader expects it: "October 15, 1951", "October 1951", "October 15–17, 1951", "Undated". */
    public String display() {
        if (iso == null) {
            return "Undated";
        }
        if (iso.contains("/")) {
            String[] parts = iso.split("/");
            return displaySingle(parts[0]) + " – " + displaySingle(parts[1]);
        }
        return displaySingle(iso);
    }

    private static String displaySingle(String s) {
        return switch (single(s)) {
            case TIME -> {
                String time = s.substring(11, 16);
                String zone = s.endsWith("Z") ? " UTC" : s.length() > 19 && s.matches(".*[+-]\\d\\d:\\d\\d$") ? " " + s.substring(s.length() - 6) : "";
                yield DAY_FORMAT.format(LocalDate.parse(s.substring(0, 10))) + ", " + time + zone;
            }
            case DAY -> DAY_FORMAT.format(LocalDate.parse(s));
            case MONTH -> MONTH_FORMAT.format(YearMonth.parse(s));
            case YEAR -> s;
            default -> s;
        };
    }

    private static final DateTimeFormatter DAY_FORMAT =
            DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_FORMAT =
            DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    @Override
    public String toString() {
        return iso == null ? "undated" : iso;
    }
}
