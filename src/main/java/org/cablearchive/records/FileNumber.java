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
 * 611.61 (United States–Soviet relations), filed for 15 October 1951. The subject may carry letters, words and
 * parentheses ({@code 761.00R}, {@code 611.61 Kirk}, {@code 795.00 (Korea)}, {@code 740.0011 EW (Peace)},
 * {@code 794a.5}); files before about 1940 number the papers in a subject one after another ({@code 103.93/644}),
 * so they carry no date. The subject-numeric files that followed (1963–1973) name a subject code and a country
 * ({@code POL 27 VIET S}, {@code POL JAPAN–US}), often at the end of a citation ("Central Files 1967–69, POL 27
 * VIET S"). Lot files ({@code S/P Files: Lot 64 D 563}) and any other form are kept as they are, with no subject
 * or date.
 */
public record FileNumber(String text, Kind kind, String subject, LocalDate date) {

    public enum Kind { DECIMAL, SUBJECT_NUMERIC, LOT, OTHER }

    /**
     * A decimal subject: three digits, then letters, dotted parts, and words or a parenthesis, up to the slash
     * ("611.61", "761.00R", "611.61 Kirk", "795.00 (Korea)"). Shared with the readers, which look for it in text.
     */
    public static final String DECIMAL_SUBJECT =
            "\\d{3}[A-Za-z]{0,2}(?:\\.[0-9A-Za-z]+)*(?:[\\-\\u2010-\\u2014][A-Za-z]{1,5})?(?: \\(?[\\p{L}0-9][\\p{L}0-9.,'’\\-\\u2013]*\\)?){0,4}";
    /** The date part after the slash: month, dash, day and two-digit year ("10–1551", "1–249"). */
    public static final String DECIMAL_DATE = "\\d{1,2}[\\u2010-\\u2014\\-]\\d{3,4}(?![0-9])";

    private static final Pattern DECIMAL = Pattern.compile(
            "^(" + DECIMAL_SUBJECT + ")/(\\d{1,2})[\\u2010-\\u2014\\-](\\d{1,2})(\\d{2})(?![0-9])(?:.*)?$");
    // Before the dated files: a paper's serial number in its subject ("103.93/644", "861.00/11574").
    private static final Pattern SERIAL = Pattern.compile("^(" + DECIMAL_SUBJECT + ")/\\d{1,6}(?![0-9\\u2010-\\u2014\\-])(?:.*)?$");
    private static final String COUNTRY = "[A-Z][A-Z.]*(?:[\\-\\u2013/][A-Z]+)*";
    // A citation that ends in a decimal file: "Department of State, Central Files, 611.93/10–555".
    private static final Pattern CITED = Pattern.compile("(?:^|[,;:] )(" + DECIMAL_SUBJECT
            + ")/(\\d{1,2})[\\u2010-\\u2014\\-](\\d{1,2})(\\d{2})(?![0-9])\\)?\\.?$");
    private static final Pattern LOT = Pattern.compile("(?i)\\bLot\\s+\\d+\\s*[A-Z]\\s*\\d+");
    // A subject code in capitals, an optional number ("27", "27-14") and words in capitals ("VIET S", "JAPAN–US").
    private static final Pattern SUBJECT_NUMERIC = Pattern.compile("(?:^|, )((?:AGR|AID|AV|BUD|CSM|CUL|DEF|E|EDU|FN|FSE"
            + "|FT|INCO(?:[\\-\\u2013][A-Z]+)?|LAB|LEG|ORG|PER|PET|POL|PS|SCI|SOC|STR|TEL|TP|TRV|UN|XR|AE|MIN|CON|INT|PR)"
            + "(?:(?: \\d+(?:[\\-\\u2013]\\d+)*)(?: " + COUNTRY + ")*|(?: " + COUNTRY + ")+))(?=\\s*(?:[.;,]|$))");

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
        Matcher serial = SERIAL.matcher(text);
        if (serial.matches()) {
            return new FileNumber(text, Kind.DECIMAL, serial.group(1), null);
        }
        Matcher cited = CITED.matcher(text);
        if (cited.find()) {
            return new FileNumber(text, Kind.DECIMAL, cited.group(1), dateOf(cited.group(2), cited.group(3), cited.group(4))
                    .orElse(null));
        }
        if (LOT.matcher(text).find()) {
            return new FileNumber(text, Kind.LOT, null, null);
        }
        Matcher subject = SUBJECT_NUMERIC.matcher(text);
        if (subject.find()) {
            return new FileNumber(text, Kind.SUBJECT_NUMERIC, subject.group(1), null);
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

    /** A decimal file of the dated form ("611.61/10–1551"), whether or not its date is a real day. */
    public boolean dated() {
        return kind == Kind.DECIMAL && DECIMAL.matcher(text).matches();
    }

    private static Optional<LocalDate> dateOf(String month, String day, String yy) {
        try {
            // Dated decimal files ran from 1910 to 1963, so a two-digit year is always 19yy.
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
