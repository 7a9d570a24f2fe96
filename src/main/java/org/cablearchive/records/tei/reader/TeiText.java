package org.cablearchive.records.tei.reader;

import static org.cablearchive.records.tei.TeiNames.CELL;
import static org.cablearchive.records.tei.TeiNames.CLOSER;
import static org.cablearchive.records.tei.TeiNames.DATELINE;
import static org.cablearchive.records.tei.TeiNames.FIGURE;
import static org.cablearchive.records.tei.TeiNames.HEAD;
import static org.cablearchive.records.tei.TeiNames.ITEM;
import static org.cablearchive.records.tei.TeiNames.LABEL;
import static org.cablearchive.records.tei.TeiNames.LB;
import static org.cablearchive.records.tei.TeiNames.LIST;
import static org.cablearchive.records.tei.TeiNames.NOTE;
import static org.cablearchive.records.tei.TeiNames.OPENER;
import static org.cablearchive.records.tei.TeiNames.P;
import static org.cablearchive.records.tei.TeiNames.QUOTE;
import static org.cablearchive.records.tei.TeiNames.ROW;
import static org.cablearchive.records.tei.TeiNames.SALUTE;
import static org.cablearchive.records.tei.TeiNames.SEG;
import static org.cablearchive.records.tei.TeiNames.SIGNED;
import static org.cablearchive.records.tei.TeiNames.TABLE;

import java.util.Set;

/** Plain text of TEI elements, for the fields of a draft (titles, notes, names), whitespace-normalised. */
final class TeiText {

    // Elements that print as lines or blocks: their text must not run into the neighbour's ("Secretary2 January").
    private static final Set<String> BLOCKS = Set.of(P, ITEM, LABEL, HEAD, LIST, CELL, ROW, "l", "lg",
            DATELINE, OPENER, CLOSER, SIGNED, SALUTE, SEG, TABLE, QUOTE, FIGURE);

    private TeiText() {
    }

    /** The element's text with notes left out (a head without its source note, a signature without its mark). */
    static String withoutNotes(El e) {
        StringBuilder sb = new StringBuilder();
        collect(e, false, sb);
        return normalise(sb);
    }

    /** The element's text, notes inside it included. */
    static String all(El e) {
        StringBuilder sb = new StringBuilder();
        collect(e, true, sb);
        return normalise(sb);
    }

    /**
     * Collapses runs of XML whitespace to one space, drops a space just inside brackets (it comes from the file's
     * indentation, "( Marshall )", not from the printed page) and trims; null stays null. A plain loop: this runs
     * on every footnote and title, and regular expressions made it the reader's hot spot.
     */
    static String normalise(CharSequence s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && sb.length() > 0 && c != ')' && c != ']') {
                char last = sb.charAt(sb.length() - 1);
                if (last != '(' && last != '[') {
                    sb.append(' ');
                }
            }
            pendingSpace = false;
            sb.append(c);
        }
        return sb.toString();
    }

    /** Whether the element holds any text other than whitespace (notes included); stops at the first. */
    static boolean hasText(El e) {
        for (Object c : e.children) {
            if (c instanceof String ? !((String) c).isBlank() : hasText((El) c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element's text, leading whitespace skipped, begins with {@code prefix}. */
    static boolean startsWith(El e, String prefix) {
        StringBuilder sb = new StringBuilder();
        leading(e, sb, prefix.length());
        return sb.toString().startsWith(prefix);
    }

    private static boolean leading(El e, StringBuilder sb, int max) {
        for (Object c : e.children) {
            if (c instanceof String) {
                String t = (String) c;
                for (int i = 0; i < t.length() && sb.length() < max; i++) {
                    char ch = t.charAt(i);
                    if (sb.length() > 0 || !(ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r')) {
                        sb.append(ch);
                    }
                }
            } else if (!((El) c).isTei(NOTE)) {
                leading((El) c, sb, max);
            }
            if (sb.length() >= max) {
                return true;
            }
        }
        return false;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static void collect(El e, boolean notes, StringBuilder sb) {
        for (Object c : e.children) {
            if (c instanceof String) {
                sb.append((String) c);
                continue;
            }
            El child = (El) c;
            if (!notes && child.isTei(NOTE)) {
                continue;
            }
            if (child.isTei(LB)) {
                sb.append(' ');
                continue;
            }
            boolean block = El.TEI.equals(child.ns) && BLOCKS.contains(child.local);
            if (block) {
                sb.append(' ');
            }
            collect(child, notes, sb);
            if (block) {
                sb.append(' ');
            }
        }
    }
}
