package org.cablearchive.records.tei.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How FRUS labels the participants of a conversation, shared by the readers of plain text and of TEI: the label
 * ("Participants:", "PARTICIPANTS", "Present"), the labels that end the list ("Subject:", "Time:"), and an entry as
 * kept (white space folded, the separator printed after it left out).
 */
public final class ParticipantLines {

    private static final Pattern LABEL = Pattern.compile(
            "(?i)^\\s*(participants|present|persons present|those present)\\s*(:|\\.|—|–)?\\s*");
    private static final Pattern OTHER_LABEL = Pattern.compile(
            "(?i)^\\s*(subject|subjects|time|date|place|location|copies|copy to|distribution|reference|ref|drafted by)\\s*:\\s");

    private ParticipantLines() {
    }

    /**
     * Where the text after a participants label begins, or -1 when the line does not begin with one. {@code labelled}
     * is true when the label is closed by a colon or stop ("Participants: …"), false for the bare word ("Present were
     * …", running text unless nothing follows).
     */
    public static Label label(String line) {
        Matcher m = LABEL.matcher(line);
        return m.lookingAt() ? new Label(line.substring(m.end()).strip(), m.group(2) != null) : null;
    }

    /** A participants label: the text after it, and whether a colon or stop closes it. */
    public record Label(String rest, boolean closed) {

        public boolean alone() {
            return rest.isEmpty();
        }
    }

    /** True for a line that opens another part of the memorandum ("Subject: …", "Time: From 12:00 noon…"). */
    public static boolean isOtherLabel(String line) {
        return OTHER_LABEL.matcher(line + " ").lookingAt();
    }

    /** Adds the entry as kept: white space folded, a trailing ";" or "," left out; nothing when blank. */
    public static void add(List<String> entries, String text) {
        String s = text.replaceAll("\\s+", " ").strip();
        if (s.endsWith(";") || s.endsWith(",")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (!s.isEmpty()) {
            entries.add(s);
        }
    }
}
