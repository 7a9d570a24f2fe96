package org.cablearchive.publishing.oai;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * The {@code from} and {@code until} of a list request, read at either granularity the repository declares (a day,
 * or a second in UTC) and turned into a half-open interval of instants. Both bounds are inclusive in the protocol
 * and datestamps are shown to the second, so {@code until} covers its whole second (or day).
 */
record HarvestWindow(Instant from, Instant untilExclusive) {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SECOND = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    static final DateTimeFormatter DATESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    static HarvestWindow of(String from, String until) {
        if (from != null && until != null && from.length() != until.length()) {
            throw new OaiError(OaiError.Code.badArgument, "from and until must have the same granularity");
        }
        Instant start = from == null ? null : read("from", from, false);
        Instant end = until == null ? null : read("until", until, true);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new OaiError(OaiError.Code.badArgument, "from (" + from + ") is later than until (" + until + ")");
        }
        return new HarvestWindow(start, end);
    }

    private static Instant read(String name, String value, boolean end) {
        try {
            if (DAY.matcher(value).matches()) {
                Instant day = LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
                return end ? day.plus(1, ChronoUnit.DAYS) : day;
            }
            if (SECOND.matcher(value).matches()) {
                Instant second = Instant.parse(value);
                return end ? second.plusSeconds(1) : second;
            }
        } catch (DateTimeParseException e) {
            // a well-shaped date that does not exist (2024-02-30) is as bad as a badly shaped one
        }
        throw new OaiError(OaiError.Code.badArgument, name + " \"" + value
                + "\" is not a UTC date (YYYY-MM-DD) or time (YYYY-MM-DDThh:mm:ssZ)");
    }

    /** A datestamp as the repository shows it: UTC, to the second. */
    static String datestamp(Instant instant) {
        return DATESTAMP.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
