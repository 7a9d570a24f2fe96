package org.cablearchive.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One search of the benchmark mix, as the app's API takes it and as the bare engines run it: query text (words,
 * or a quoted phrase), facet filters ({@code type=TELEGRAM}) and a date range in the API's own form (years).
 *
 * @param kind    the name of the query in the results ("common_word", "phrase"…)
 * @param text    the query text as a researcher types it, null for none
 * @param phrase  the text is a phrase (quoted in the API)
 * @param filters facet filters, facet name to value
 * @param from    the first year, or null
 * @param to      the last year, or null
 */
record BenchQuery(String kind, String text, boolean phrase, Map<String, String> filters, Integer from, Integer to) {

    BenchQuery {
        filters = filters == null ? Map.of() : new LinkedHashMap<>(filters);
    }

    static BenchQuery words(String kind, String text) {
        return new BenchQuery(kind, text, false, Map.of(), null, null);
    }

    static BenchQuery filter(String kind, String facet, String value) {
        return new BenchQuery(kind, null, false, Map.of(facet, value), null, null);
    }

    /** The words of the text, split on white space. */
    List<String> tokens() {
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String w : text.strip().split("\\s+")) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** The query string of {@code /api/search} and {@code /search} for it. */
    String apiQuery(boolean snippets) {
        StringBuilder sb = new StringBuilder();
        if (text != null) {
            add(sb, "q", phrase ? "\"" + text + "\"" : text);
        }
        filters.forEach((k, v) -> add(sb, k, v));
        if (from != null) {
            add(sb, "from", String.valueOf(from));
        }
        if (to != null) {
            add(sb, "to", String.valueOf(to));
        }
        if (!snippets) {
            add(sb, "snippets", "false");
        }
        return sb.toString();
    }

    private static void add(StringBuilder sb, String name, String value) {
        sb.append(sb.isEmpty() ? "" : "&").append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
