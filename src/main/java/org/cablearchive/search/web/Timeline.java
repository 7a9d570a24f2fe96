package org.cablearchive.search.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cablearchive.search.SearchResult;

/**
 * The timeline as the search page draws it, from the counts per year or month the search returns: months for a
 * result within two years, years up to {@value #MAX_YEARS} of them, decades beyond; empty periods at either end
 * left out, those between kept (so that bars keep to time) but drawn without a link.
 *
 * @param unit "month", "year" or "decade"
 */
public record Timeline(String unit, List<Bar> bars, long max) {

    static final int MAX_YEARS = 15;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    /**
     * One period: how it reads, the dates that narrow the search to it ({@code from}, {@code to} as the date
     * filter takes them), its count and its length as a share of the longest bar (0–100).
     */
    public record Bar(String label, String from, String to, long count, int percent) {
        public boolean empty() {
            return count == 0;
        }

        public String description() {
            return label + ": " + String.format(Locale.ENGLISH, "%,d", count) + (count == 1 ? " document" : " documents");
        }
    }

    static Timeline of(SearchResult result) {
        List<SearchResult.Period> periods = trimmed(result.timeline());
        if (periods.isEmpty()) {
            return new Timeline(result.timelineUnit(), List.of(), 0);
        }
        Map<String, long[]> grouped = new LinkedHashMap<>();
        String unit;
        if ("month".equals(result.timelineUnit())) {
            unit = "month";
            periods.forEach(p -> grouped.put(p.period(), new long[] {p.count()}));
        } else if (periods.size() <= MAX_YEARS || !isYears(periods)) {
            unit = "year";
            periods.forEach(p -> grouped.put(p.period(), new long[] {p.count()}));
        } else {
            unit = "decade";
            for (SearchResult.Period p : periods) {
                String decade = (Integer.parseInt(p.period()) / 10 * 10) + "s";
                grouped.computeIfAbsent(decade, k -> new long[1])[0] += p.count();
            }
        }
        long max = grouped.values().stream().mapToLong(c -> c[0]).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        grouped.forEach((period, count) -> bars.add(bar(unit, period, count[0], max)));
        return new Timeline(unit, List.copyOf(bars), max);
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    public String caption() {
        String per = switch (unit) {
            case "month" -> "month";
            case "decade" -> "decade";
            default -> "year";
        };
        return bars.size() > 1
                ? "Documents per " + per + ", " + bars.get(0).label() + " – " + bars.get(bars.size() - 1).label()
                : "Documents per " + per;
    }

    private static Bar bar(String unit, String period, long count, long max) {
        int percent = max == 0 ? 0 : (int) Math.max(count > 0 ? 1 : 0, Math.round(count * 100.0 / max));
        return switch (unit) {
            case "decade" -> {
                int start = Integer.parseInt(period.substring(0, 4));
                yield new Bar(period, String.valueOf(start), String.valueOf(start + 9), count, percent);
            }
            case "month" -> new Bar(monthLabel(period), period, period, count, percent);
            default -> new Bar(period, period, period, count, percent);
        };
    }

    private static String monthLabel(String period) {
        try {
            return YearMonth.parse(period).format(MONTH);
        } catch (RuntimeException e) {
            return period;
        }
    }

    private static boolean isYears(List<SearchResult.Period> periods) {
        return periods.stream().allMatch(p -> p.period().matches("\\d{4}"));
    }

    private static List<SearchResult.Period> trimmed(List<SearchResult.Period> timeline) {
        int first = 0;
        int last = timeline.size() - 1;
        while (first <= last && timeline.get(first).count() == 0) {
            first++;
        }
        while (last >= first && timeline.get(last).count() == 0) {
            last--;
        }
        return first > last ? List.of() : timeline.subList(first, last + 1);
    }
}
