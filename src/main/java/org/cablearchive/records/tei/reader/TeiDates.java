package org.cablearchive.records.tei.reader;

import static org.cablearchive.records.tei.TeiNames.DATE;
import static org.cablearchive.records.tei.TeiNames.DATELINE;
import static org.cablearchive.records.tei.TeiNames.FROM;
import static org.cablearchive.records.tei.TeiNames.NOTE;
import static org.cablearchive.records.tei.TeiNames.NOT_AFTER;
import static org.cablearchive.records.tei.TeiNames.NOT_BEFORE;
import static org.cablearchive.records.tei.TeiNames.TO;
import static org.cablearchive.records.tei.TeiNames.WHEN;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Consumer;
import org.cablearchive.records.DocumentDate;

/**
 * The date of a document: {@code frus:doc-dateTime-min/max} where the file has them (current HistoryAtState
 * files), else the first {@code dateline//date} outside {@code frus:attachment} and notes, read from
 * {@code @when}, {@code @from}/{@code @to} or {@code @notBefore}/{@code @notAfter}. Values stay as the source
 * writes them (a day, a local time, a time with zone), so nothing is invented.
 */
final class TeiDates {

    private TeiDates() {
    }

    /**
     * The dateline that dates the document (its place comes from it too): the first one holding a {@code date},
     * else the first one, else null.
     */
    static El dateline(El div) {
        El dated = div.first(TeiDates::outsideDocument,
                e -> e.isTei(DATELINE) && e.first(x -> false, x -> x.isTei(DATE)) != null);
        return dated != null ? dated : div.first(TeiDates::outsideDocument, e -> e.isTei(DATELINE));
    }

    /** Attachments have their own datelines and notes their own dates; neither dates the document. */
    static boolean outsideDocument(El e) {
        return e.isFrus("attachment") || e.isTei(NOTE);
    }

    static DocumentDate read(El div, String docId, Consumer<String> warn) {
        String min = div.attr(El.FRUS, "doc-dateTime-min");
        String max = div.attr(El.FRUS, "doc-dateTime-max");
        if (min != null || max != null) {
            try {
                return span(min == null ? max : min, max == null ? min : max);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                warn.accept(docId + ": frus:doc-dateTime-min/max (\"" + min + "\", \"" + max + "\") are not a valid "
                        + "date range; the date is read from the dateline instead.");
            }
        }
        El dateline = dateline(div);
        El date = dateline == null ? null : dateline.first(e -> false, e -> e.isTei(DATE));
        if (date == null) {
            return DocumentDate.UNDATED;
        }
        String when = date.attr(WHEN);
        String from = first(date.attr(FROM), date.attr(NOT_BEFORE));
        String to = first(date.attr(TO), date.attr(NOT_AFTER));
        String value = when != null ? when : from != null && to != null && !from.strip().equals(to.strip())
                ? from.strip() + "/" + to.strip() : first(from, to);
        if (value == null) {
            String text = TeiText.withoutNotes(date).toLowerCase(Locale.ROOT).replaceAll("[\\[\\].]", "").strip();
            if (!text.equals("undated") && !text.equals("no date") && !text.isEmpty()) {
                warn.accept(docId + ": the date \"" + TeiText.withoutNotes(date) + "\" (" + date.where() + ") has no "
                        + "machine-readable value (@when, @from/@to, @notBefore/@notAfter); the document is left undated.");
            }
            return DocumentDate.UNDATED;
        }
        try {
            return DocumentDate.parse(value);
        } catch (IllegalArgumentException e) {
            warn.accept(docId + ": the date value \"" + value + "\" (" + date.where() + ") is not valid: "
                    + e.getMessage() + "; the document is left undated.");
            return DocumentDate.UNDATED;
        }
    }

    /**
     * The doc-dateTime pair as the date it stands for: one moment, or the whole day/month/year the dates-project
     * XSL expanded a date-only value to (T00:00:00 … T23:59:59 in one offset), or else the range.
     */
    static DocumentDate span(String min, String max) {
        String a = min.strip();
        String b = max.strip();
        if (a.equals(b)) {
            return DocumentDate.parse(a);
        }
        OffsetDateTime start = OffsetDateTime.parse(a);
        OffsetDateTime end = OffsetDateTime.parse(b);
        if (start.getOffset().equals(end.getOffset()) && start.toLocalTime().toString().equals("00:00")
                && end.toLocalTime().toString().equals("23:59:59")) {
            var first = start.toLocalDate();
            var last = end.toLocalDate();
            if (first.equals(last)) {
                return DocumentDate.parse(first.toString());
            }
            if (first.getDayOfMonth() == 1 && first.withDayOfMonth(first.lengthOfMonth()).equals(last)) {
                return DocumentDate.parse(first.toString().substring(0, 7));
            }
            if (first.getDayOfYear() == 1 && first.withDayOfYear(first.lengthOfYear()).equals(last)) {
                return DocumentDate.parse(first.toString().substring(0, 4));
            }
            return DocumentDate.between(first.toString(), last.toString());
        }
        return DocumentDate.between(a, b);
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a.strip() : b != null && !b.isBlank() ? b.strip() : null;
    }
}
