package org.cablearchive.records;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The archival file a document was found in, kept verbatim as printed.
 *
 * <p>State Department decimal files (1910–1963) read {@code subject/m–dyy}: {@code 611.61/10–1551} is subject
 * 611.61 (United States–Soviet relations), filed for 15 October 1951. Lot files ({@code S/P Files: Lot 64 D 563})
 * and any other form are kept as they are, with no subject or date.
 */
public record FileNumber(String text, Kind kind, String subject, LocalDate date) {

    public enum Kind { DECIMAL, LOT, OTHER }

    // subject: digits with an optional dot part and letters ("794A.5", "110.15 RU"); date: month–day+2-digit year
    private static final Pattern DECIMAL = Pattern.compile(
            "^(\\d{3}[A-Z]?(?:\\.[0-9A-Z]+)*(?: [A-Z]{1,4})?)/(\\d{1,2})[\\u2013\\u2012\\u2014\\-](\\d{1,2})(\\d{2})(?:\\b.*)?$");
    private static final Pattern LOT = Pattern.compile("(?i)\\bLot\\s+\\d+\\s*[A-Z]\\s*\\d+");

    public FileNumber {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A file number cannot be empty");
        }
    }

    /** Reads a file number as printed; never fails on a non-empty text (unknown forms are {@link Kind#OTHER}). */
    public static FileNumber parse(String printed) {
        if (printed == null || printed.isBlank()) {
            throw new IllegalArgumentException("A file number cannot be empty");
        }
        String text = printed.strip().replaceAll("\\s+", " ");
        Matcher m = DECIMAL.matcher(text);
        if (m.matches()) {
            return new FileNumber(text, Kind.DECIMAL, m.group(1), dateOf(m.group(2), m.group(3), m.group(4)).orElse(null));
        }
        if (LOT.matcher(text).find()) {
            return new FileNumber(text, Kind.LOT, null, null);
        }
        return new FileNumber(text, Kind.OTHER, null, null);
    }

    /** Null-safe variant for optional fields. */
    public static Optional<FileNumber> parseOptional(String printed) {
        return printed == null || printed.isBlank() ? Optional.empty() : Optional.of(parse(printed));
    }

    public Optional<LocalDate> filedOn() {
        return Optional.ofNullable(date);
    }

    private static Optional<LocalDate> dateOf(String month, String day, String yy) {
        try {
            // Decimal files ran from 1910 to 1963, so a two-digit year is always 19yy.
            return Optional.of(LocalDate.of(1900 + Integer.parseInt(yy), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
