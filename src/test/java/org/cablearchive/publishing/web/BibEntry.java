package org.cablearchive.publishing.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One BibTeX entry read strictly, to check that an entry is well formed: {@code @type{key,} then
 * {@code name = {value}} fields separated by commas, braces balanced inside every value, and nothing after the
 * closing brace; a TeX special character in a value must be escaped.
 */
record BibEntry(String type, String key, Map<String, String> fields) {

    private static final Pattern HEAD = Pattern.compile("@([a-z]+)\\{([A-Za-z0-9_:.\\-]+),\\n");
    private static final Pattern FIELD = Pattern.compile("  ([a-z]+) = \\{");

    static BibEntry parse(String bib) {
        Matcher head = HEAD.matcher(bib);
        if (!head.lookingAt()) {
            throw new AssertionError("No entry head in: " + bib);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        int at = head.end();
        while (true) {
            Matcher field = FIELD.matcher(bib).region(at, bib.length());
            if (!field.lookingAt()) {
                throw new AssertionError("Expected a field at " + at + " in: " + bib);
            }
            int depth = 1;
            int i = field.end();
            for (; depth > 0; i++) {
                if (i >= bib.length()) {
                    throw new AssertionError("Unbalanced braces in field " + field.group(1) + ": " + bib);
                }
                char c = bib.charAt(i);
                if (c == '\\') {
                    i++; // an escaped character, "\{" included, does not count
                } else if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                }
            }
            String value = bib.substring(field.end(), i - 1);
            if (!field.group(1).equals("url") && value.matches("(?s).*(?<!\\\\)[&%#_$].*")) {
                throw new AssertionError("Unescaped TeX special character in " + field.group(1) + ": " + value);
            }
            fields.put(field.group(1), value);
            if (bib.startsWith("\n}\n", i) && i + 3 == bib.length()) {
                return new BibEntry(head.group(1), head.group(2), fields);
            }
            if (!bib.startsWith(",\n", i)) {
                throw new AssertionError("Expected , or the end of the entry at " + i + " in: " + bib);
            }
            at = i + 2;
        }
    }
}
