package org.cablearchive.records;

import java.util.ArrayList;
import java.util.List;

/**
 * The participants of a memorandum of conversation as printed: one entry per printed line or list item, in order,
 * group labels included ("U.S. Side:"), each with its white space folded.
 */
public final class Participants {

    /** At most this many entries, each at most {@link #LONGEST} characters: a list longer is no list of people. */
    public static final int MOST = 200;
    public static final int LONGEST = 500;

    private Participants() {
    }

    /** The entries without blanks, white space folded; never null. */
    public static List<String> clean(List<String> entries) {
        if (entries == null || entries.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String e : entries) {
            String s = e == null ? "" : e.replaceAll("\\s+", " ").strip();
            if (!s.isEmpty() && out.size() < MOST) {
                out.add(s.length() <= LONGEST ? s : s.substring(0, LONGEST));
            }
        }
        return List.copyOf(out);
    }

    /** Entries from text as typed in a form: one a line. */
    public static List<String> fromLines(String text) {
        return text == null ? List.of() : clean(List.of(text.split("\\R")));
    }

    /** The entries as lines, for a form or a comparison. */
    public static String asLines(List<String> entries) {
        return entries == null ? "" : String.join("\n", entries);
    }
}
