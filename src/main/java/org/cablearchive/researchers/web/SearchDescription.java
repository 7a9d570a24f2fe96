package org.cablearchive.researchers.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A saved search in words ("“Vyshinsky” · Type: Telegram · Dates: 1951 – 1952") rather than its query string.
 * Values are written as the search page's chips write them where they are codes (TOP_SECRET reads "Top secret").
 */
public final class SearchDescription {

    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("type", "Type");
        NAMES.put("classification", "Classification");
        NAMES.put("precedence", "Precedence");
        NAMES.put("decade", "Decade");
        NAMES.put("year", "Year");
        NAMES.put("sender", "From");
        NAMES.put("recipient", "To");
        NAMES.put("place", "Place");
        NAMES.put("person", "Person mentioned");
        NAMES.put("volume", "Volume");
        NAMES.put("file", "File subject");
        NAMES.put("footnoted", "Footnotes");
    }

    private SearchDescription() {
    }

    public static String of(String query) {
        if (query == null || query.isBlank()) {
            return "Everything";
        }
        List<String> parts = new ArrayList<>();
        String from = null;
        String to = null;
        String sort = null;
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = decode(pair.substring(0, eq));
            String value = decode(pair.substring(eq + 1));
            switch (key) {
                case "q" -> parts.add(0, "“" + value + "”");
                case "from" -> from = value;
                case "to" -> to = value;
                case "sort" -> sort = value;
                case "page" -> { }
                default -> {
                    if (NAMES.containsKey(key)) {
                        parts.add(NAMES.get(key) + ": " + readable(value));
                    }
                }
            }
        }
        if (from != null || to != null) {
            parts.add("Dates: " + (from == null ? "…" : from) + " – " + (to == null ? "…" : to));
        }
        if (sort != null) {
            parts.add("by " + readable(sort));
        }
        return parts.isEmpty() ? "Everything" : String.join(" · ", parts);
    }

    private static String readable(String value) {
        if (value.matches("[A-Z][A-Z_]+")) {
            String words = value.replace('_', ' ').toLowerCase(Locale.ROOT);
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
        return value;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
