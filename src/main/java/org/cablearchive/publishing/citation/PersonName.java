package org.cablearchive.publishing.citation;

import java.util.regex.Pattern;

/**
 * A personal name as reference formats want it, split from the form a volume prints ("John P. Glennon",
 * "Harriet Dashiell Schwar", "David S. Patterson, Jr.") or a head gives ("Cumming", only the family name).
 */
record PersonName(String given, String family, String suffix) {

    private static final Pattern SUFFIX = Pattern.compile("(?i)(?:Jr|Sr)\\.?|II|III|IV");

    static PersonName parse(String printed) {
        String text = printed.strip().replaceAll("\\s+", " ");
        String suffix = null;
        int comma = text.lastIndexOf(", ");
        if (comma > 0 && SUFFIX.matcher(text.substring(comma + 2)).matches()) {
            suffix = text.substring(comma + 2);
            text = text.substring(0, comma);
        } else {
            int space = text.lastIndexOf(' ');
            if (space > 0 && text.indexOf(' ') < space && SUFFIX.matcher(text.substring(space + 1)).matches()) {
                suffix = text.substring(space + 1);
                text = text.substring(0, space);
            }
        }
        int space = text.lastIndexOf(' ');
        return space < 0 ? new PersonName(null, text, suffix)
                : new PersonName(text.substring(0, space), text.substring(space + 1), suffix);
    }

    /** "Glennon, John P." (and ", Jr."): the inverted form RIS and BibTeX read. */
    String inverted() {
        StringBuilder s = new StringBuilder(family);
        if (suffix != null) {
            s.append(", ").append(suffix);
        }
        if (given != null) {
            s.append(", ").append(given);
        }
        return s.toString();
    }
}
