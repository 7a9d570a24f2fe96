package org.cablearchive.ingest.plaintext;

import java.util.ArrayList;
import java.util.List;
import org.cablearchive.records.tei.text.ParticipantLines;

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
            ParticipantLines.Label label = ParticipantLines.label(block.get(0));
            if (label != null) {
                if (label.alone()) {
                    // the label alone: the names follow in this block, or in the next one
                    List<String> names = block.size() > 1 ? block.subList(1, block.size()) : nextBlock(body, end);
                    return entries(names);
                }
                if (label.closed()) {
                    List<String> out = new ArrayList<>();
                    for (String part : label.rest().split("\\s*;\\s*")) {
                        ParticipantLines.add(out, part);
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
            if (s.length() > LONGEST_ENTRY || ParticipantLines.isOtherLabel(s) || PageMarkers.lineMarker(s) != null) {
                break;
            }
            ParticipantLines.add(out, s);
        }
        return out;
    }
}
