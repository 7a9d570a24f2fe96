package org.cablearchive.records.tei.reader;

import static org.cablearchive.records.tei.TeiNames.CELL;
import static org.cablearchive.records.tei.TeiNames.ITEM;
import static org.cablearchive.records.tei.TeiNames.LIST;
import static org.cablearchive.records.tei.TeiNames.OPENER;
import static org.cablearchive.records.tei.TeiNames.P;
import static org.cablearchive.records.tei.TeiNames.ROW;
import static org.cablearchive.records.tei.TeiNames.TABLE;
import static org.cablearchive.records.tei.TeiNames.TYPE;

import java.util.ArrayList;
import java.util.List;
import org.cablearchive.records.tei.text.ParticipantLines;

/**
 * The participants of a memorandum of conversation as FRUS TEI prints them, right after the dateline, in the
 * forms of every era:
 * <ul>
 *   <li>a {@code <list type="participants">} (modern volumes), its {@code head} ("PARTICIPANTS") left out, one entry
 *       per item, group labels ("U.S. Side:") included;</li>
 *   <li>a paragraph that begins with the label: "Participants: First Party and Second Party." (one entry, or one per
 *       {@code ;}-separated part);</li>
 *   <li>a table whose first cell is the label ("Participants:" | "Dr. Koo, Chinese Ambassador"), its rows one entry
 *       each while their first cell is empty, up to a row that names another label ("Time: …");</li>
 *   <li>a paragraph that is the label alone ("Present", "Participants"), then the list or table of names.</li>
 * </ul>
 * Only the document's own opening is read (its children and its opener's, not attachments), and only the first
 * such form. Footnotes are left out of the entries.
 */
final class TeiParticipants {

    private TeiParticipants() {
    }

    static List<String> read(El div) {
        List<El> opening = new ArrayList<>();
        for (El e : div.elements()) {
            if (e.isTei(OPENER)) {
                opening.addAll(e.elements());
            } else {
                opening.add(e);
            }
        }
        for (int i = 0; i < opening.size(); i++) {
            El e = opening.get(i);
            if (e.isTei(LIST) && "participants".equals(e.attr(TYPE))) {
                return items(e);
            }
            if (e.isTei(P)) {
                ParticipantLines.Label label = ParticipantLines.label(TeiText.withoutNotes(e).strip());
                if (label == null) {
                    continue;
                }
                if (label.alone()) {
                    // the label alone, as a heading: the names follow as a list or a table
                    El next = i + 1 < opening.size() ? opening.get(i + 1) : null;
                    if (next != null && next.isTei(LIST)) {
                        return items(next);
                    }
                    if (next != null && next.isTei(TABLE)) {
                        return cells(next);
                    }
                    continue;
                }
                if (!label.closed()) {
                    continue; // "Present were: …", "Participants in the meeting agreed…": running text
                }
                return parts(label.rest());
            }
            if (e.isTei(TABLE)) {
                List<String> rows = labelledRows(e);
                if (!rows.isEmpty()) {
                    return rows;
                }
            }
        }
        return List.of();
    }

    private static List<String> items(El list) {
        List<String> out = new ArrayList<>();
        for (El item : list.elements()) {
            if (item.isTei(ITEM)) {
                add(out, TeiText.withoutNotes(item));
            }
        }
        return out;
    }

    /** Every cell of a table of names, row by row ("Present": two columns of names). */
    private static List<String> cells(El table) {
        List<String> out = new ArrayList<>();
        for (El row : table.elements()) {
            for (El cell : row.elements()) {
                if (cell.isTei(CELL)) {
                    add(out, TeiText.withoutNotes(cell));
                }
            }
        }
        return out;
    }

    /** A table whose first cell is the label: the other cells of its rows, while their first cell is empty. */
    private static List<String> labelledRows(El table) {
        List<String> out = new ArrayList<>();
        boolean open = false;
        for (El row : table.elements()) {
            if (!row.isTei(ROW)) {
                continue;
            }
            List<El> cells = row.elements().stream().filter(c -> c.isTei(CELL)).toList();
            if (cells.isEmpty()) {
                continue;
            }
            String head = TeiText.withoutNotes(cells.get(0)).strip();
            if (!open) {
                ParticipantLines.Label label = ParticipantLines.label(head);
                if (label == null || !label.closed()) {
                    return List.of();
                }
                open = true;
                add(out, label.rest());
            } else if (!head.isEmpty()) {
                break; // another label: the participants have ended
            }
            for (int c = 1; c < cells.size(); c++) {
                String text = TeiText.withoutNotes(cells.get(c)).strip();
                if (ParticipantLines.isOtherLabel(text) && !out.isEmpty()) {
                    return out; // "Time: From 12:00 noon…"
                }
                add(out, text);
            }
        }
        return out;
    }

    private static List<String> parts(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split("\\s*;\\s*")) {
            add(out, part);
        }
        return out;
    }

    private static void add(List<String> out, String text) {
        if (!text.strip().equalsIgnoreCase("participants")) {
            ParticipantLines.add(out, text);
        }
    }
}
