package org.cablearchive.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cablearchive.search.index.IndexFields;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What a researcher asked: the query text, the facet values chosen (several values of one facet OR together,
 * facets AND together), a date range, the order and the page. It is the whole state of a search and is kept in
 * the URL, so that every view can be bookmarked, shared and reached with the back button.
 *
 * @param from the first day, month or year of the range as typed ("1951", "1951-10", "1951-10-15"), or null
 * @param to   the last day, month or year of the range, or null
 * @param page 1 for the first page
 */
public record SearchRequest(String q, Map<String, List<String>> filters, String from, String to, Sort sort, int page) {

    /** The facets a search can be narrowed by; each is also the name of its request parameter. */
    public static final List<String> FACETS = List.of(IndexFields.TYPE, IndexFields.CLASSIFICATION,
            IndexFields.PRECEDENCE, IndexFields.SENDER, IndexFields.RECIPIENT, IndexFields.PLACE,
            IndexFields.YEAR, IndexFields.DECADE, IndexFields.VOLUME, IndexFields.PERSON,
            IndexFields.FILE, IndexFields.FOOTNOTED);

    public static final int PAGE_SIZE = 20;
    /** Results beyond this many are not paged to (narrow the search instead). */
    public static final int MAX_PAGE = 500;

    /** Relevance; date order (earliest first); newest publication first ({@code published}, as feeds give it). */
    public enum Sort {
        RELEVANCE, DATE, PUBLISHED;

        static Sort parse(String s) {
            return "date".equalsIgnoreCase(s) ? DATE : "published".equalsIgnoreCase(s) ? PUBLISHED : RELEVANCE;
        }

        public String param() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** How the page names the order. */
        public String label() {
            return switch (this) {
                case RELEVANCE -> "relevance";
                case DATE -> "date";
                case PUBLISHED -> "newly published";
            };
        }
    }

    public SearchRequest {
        q = q == null ? "" : q.strip();
        Map<String, List<String>> copy = new LinkedHashMap<>();
        for (String facet : FACETS) {
            List<String> values = filters == null ? null : filters.get(facet);
            if (values != null) {
                Set<String> distinct = new LinkedHashSet<>();
                values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(distinct::add);
                if (!distinct.isEmpty()) {
                    copy.put(facet, List.copyOf(distinct));
                }
            }
        }
        filters = Map.copyOf(copy);
        from = from == null || from.isBlank() ? null : from.strip();
        to = to == null || to.isBlank() ? null : to.strip();
        sort = sort == null ? Sort.RELEVANCE : sort;
        page = Math.max(1, Math.min(page, MAX_PAGE));
    }

    /**
     * What is wrong with the parameters, by parameter, in words that say what to change: a date that is no date
     * ({@code from=0000-13-45}), a range that ends before it begins, a page that is not a number from 1. Empty when
     * all can be read; the API answers 400 with these, the page shows them.
     */
    public static Map<String, String> problems(MultiValueMap<String, String> params) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (String end : List.of("from", "to")) {
            String typed = params.getFirst(end);
            if (typed != null && !typed.isBlank()
                    && (end.equals("from") ? DateRange.start(typed) : DateRange.end(typed)) == null) {
                problems.put(end, "\"" + shortened(typed) + "\" is not a date: write a year (1951), a month (1951-10) "
                        + "or a day (1951-10-15).");
            }
        }
        if (!problems.containsKey("from") && !problems.containsKey("to")) {
            var start = DateRange.start(params.getFirst("from"));
            var end = DateRange.end(params.getFirst("to"));
            if (start != null && end != null && end.isBefore(start)) {
                problems.put("to", "The range ends (" + params.getFirst("to").strip() + ") before it begins ("
                        + params.getFirst("from").strip() + "): swap them.");
            }
        }
        String page = params.getFirst("page");
        if (page != null && !page.isBlank()) {
            try {
                if (Integer.parseInt(page.strip()) < 1) {
                    problems.put("page", "Pages are numbered from 1: \"" + shortened(page) + "\" is no page.");
                }
            } catch (NumberFormatException e) {
                problems.put("page", "\"" + shortened(page) + "\" is not a page number: pages are numbered from 1.");
            }
        }
        return problems;
    }

    private static String shortened(String typed) {
        String t = typed.strip();
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }

    /** The parameters without those {@link #problems} named, to show a page beside the messages. */
    public static MultiValueMap<String, String> without(MultiValueMap<String, String> params, Set<String> names) {
        MultiValueMap<String, String> kept = new LinkedMultiValueMap<>(params);
        names.forEach(kept::remove);
        return kept;
    }

    /** Reads the request parameters; anything it cannot read is left out rather than refused (see {@link #problems}). */
    public static SearchRequest of(MultiValueMap<String, String> params) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String facet : FACETS) {
            List<String> values = params.get(facet);
            if (values != null) {
                filters.put(facet, values);
            }
        }
        int page = 1;
        try {
            page = Integer.parseInt(params.getFirst("page") == null ? "1" : params.getFirst("page").strip());
        } catch (NumberFormatException e) {
            page = 1;
        }
        return new SearchRequest(params.getFirst("q"), filters, params.getFirst("from"), params.getFirst("to"),
                Sort.parse(params.getFirst("sort")), page);
    }

    public List<String> values(String facet) {
        return filters.getOrDefault(facet, List.of());
    }

    public boolean isSelected(String facet, String value) {
        return values(facet).contains(value);
    }

    /** True when nothing narrows the search: no query text, no filter, no dates. */
    public boolean isEmpty() {
        return q.isEmpty() && filters.isEmpty() && from == null && to == null;
    }

    public SearchRequest withFilter(String facet, String value) {
        Map<String, List<String>> f = new LinkedHashMap<>(filters);
        List<String> values = new ArrayList<>(values(facet));
        if (!values.contains(value)) {
            values.add(value);
        }
        f.put(facet, values);
        return new SearchRequest(q, f, from, to, sort, 1);
    }

    public SearchRequest withoutFilter(String facet, String value) {
        Map<String, List<String>> f = new LinkedHashMap<>(filters);
        List<String> values = new ArrayList<>(values(facet));
        values.remove(value);
        f.put(facet, values);
        return new SearchRequest(q, f, from, to, sort, 1);
    }

    public SearchRequest withDates(String newFrom, String newTo) {
        return new SearchRequest(q, filters, newFrom, newTo, sort, 1);
    }

    public SearchRequest withoutQuery() {
        return new SearchRequest("", filters, from, to, sort, 1);
    }

    public SearchRequest withSort(Sort newSort) {
        return new SearchRequest(q, filters, from, to, newSort, 1);
    }

    public SearchRequest withPage(int newPage) {
        return new SearchRequest(q, filters, from, to, sort, newPage);
    }

    /** The query string of this search's feed: the same search, newest publications first. */
    public String feedQueryString() {
        return withSort(Sort.PUBLISHED).withPage(1).queryString();
    }

    /** The query string that gives this request back ("q=…&type=TELEGRAM&sort=date"), without a leading "?". */
    public String queryString() {
        StringBuilder sb = new StringBuilder();
        add(sb, "q", q.isEmpty() ? null : q);
        for (String facet : FACETS) {
            for (String v : values(facet)) {
                add(sb, facet, v);
            }
        }
        add(sb, "from", from);
        add(sb, "to", to);
        add(sb, "sort", sort == Sort.RELEVANCE ? null : sort.param());
        add(sb, "page", page == 1 ? null : String.valueOf(page));
        return sb.toString();
    }

    private static void add(StringBuilder sb, String name, String value) {
        if (value == null) {
            return;
        }
        if (sb.length() > 0) {
            sb.append('&');
        }
        sb.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
