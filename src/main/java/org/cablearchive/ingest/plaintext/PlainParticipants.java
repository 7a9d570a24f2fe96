package org.cablearchive.ingest.plaintext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The participants of a memorandum of conversation as a printed text gives them at the opening of its body:
 * <pre>
 * Participants: Dr. V. K. Wellington Koo, Chinese Ambassador      a labelled line, its block's further lines
 *               Mr. Rusk, FE                                      (while they are short) one entry each
 *
 * PARTICIPANTS                                                    the label alone, then one entry a line
 * The Secretary
 * Ambassador Dobrynin
 * </pre>
 * "Participants: The Secretary; Ambassador Koo" gives one entry per {@code ;}-separated part. Only the first blocks of
 * the body are looked at; the lines stay in the body, as they are printed.
 */
final class PlainParticipants {

    private static final Pattern LABEL = Pattern.compile(
            "(?i)^\\s*(participants|present|persons present|those present)\\s*(:|\\.|—|–)?\\s*");
    private static final Pattern OTHER_LABEL = Pattern.compile(
            "(?i)^\\s*(subject|subjects|time|date|place|location|copies|copy to|distribution|reference|ref|drafted by)\\s*:\\s");
    private static final int BLOCKS_LOOKED_AT = 4;
    private static final int LONGEST_ENTRY = 160;

    private PlainParticipants() {
    }

    static List<String> read(List<String> body) {
        int blocks = 0;
        int i = 0;
        while (i < body.size() && blocks < BLOCKS_LOOKED_AT) {
            while (i < body.size() && body.get(i).isBlank()) {
                i++;
            }
            if (i >= body.size()) {
                break;
            }
            int end = i;
            while (end < body.size() && !body.get(end).isBlank()) {
                end++;
            }
            List<String> block = body.subList(i, end);
            Matcher m = LABEL.matcher(block.get(0));
            if (m.lookingAt()) {
                String rest = block.get(0).substring(m.end()).strip();
                if (rest.isEmpty()) {
                    // the label alone: the names follow in this block, or in the next one
                    List<String> names = block.size() > 1 ? block.subList(1, block.size()) : nextBlock(body, end);
                    return entries(names);
                }
                if (m.group(2) != null) {
                    List<String> out = new ArrayList<>();
                    for (String part : rest.split("\\s*;\\s*")) {
                        add(out, part);
                    }
                    out.addAll(entries(block.subList(1, block.size())));
                    return out;
                }
            }
            blocks++;
            i = end;
        }
        return List.of();
    }

    private static List<String> nextBlock(List<String> body, int from) {
        int i = from;
        while (i < body.size() && body.get(i).isBlank()) {
            i++;
        }
        int end = i;
        while (end < body.size() && !body.get(end).isBlank()) {
            end++;
        }
        return body.subList(i, end);
    }

    /** Lines of names, one entry each, while they are short and name no other label ("Subject: …"). */
    private static List<String> entries(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String s = line.strip();
            if (s.length() > LONGEST_ENTRY || OTHER_LABEL.matcher(s + " ").lookingAt() || PageMarkers.lineMarker(s) != null) {
                break;
            }
            add(out, s);
        }
        return out;
    }

    private static void add(List<String> out, String text) {
        String s = text.replaceAll("\\s+", " ").strip();
        if (s.endsWith(";") || s.endsWith(",")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
