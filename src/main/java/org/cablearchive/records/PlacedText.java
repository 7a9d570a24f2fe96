package org.cablearchive.records;

import static org.cablearchive.records.tei.TeiNames.CELL;
import static org.cablearchive.records.tei.TeiNames.CLOSER;
import static org.cablearchive.records.tei.TeiNames.DATELINE;
import static org.cablearchive.records.tei.TeiNames.DIV;
import static org.cablearchive.records.tei.TeiNames.GAP;
import static org.cablearchive.records.tei.TeiNames.HEAD;
import static org.cablearchive.records.tei.TeiNames.ITEM;
import static org.cablearchive.records.tei.TeiNames.LABEL;
import static org.cablearchive.records.tei.TeiNames.LB;
import static org.cablearchive.records.tei.TeiNames.LIST;
import static org.cablearchive.records.tei.TeiNames.N;
import static org.cablearchive.records.tei.TeiNames.NOTE;
import static org.cablearchive.records.tei.TeiNames.OPENER;
import static org.cablearchive.records.tei.TeiNames.P;
import static org.cablearchive.records.tei.TeiNames.PB;
import static org.cablearchive.records.tei.TeiNames.POSTSCRIPT;
import static org.cablearchive.records.tei.TeiNames.QUOTE;
import static org.cablearchive.records.tei.TeiNames.ROW;
import static org.cablearchive.records.tei.TeiNames.SALUTE;
import static org.cablearchive.records.tei.TeiNames.SIGNED;
import static org.cablearchive.records.tei.TeiNames.SUPPLIED;
import static org.cablearchive.records.tei.TeiNames.TABLE;
import static org.cablearchive.records.tei.TeiNames.TRAILER;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cablearchive.records.BodyTokens.Token;

/**
 * A stored body's plain text as {@link Body#plainText()} reads it (white space folded, each block on a line of its
 * own), each character tied to where it begins and ends in the stored string and to whether it lies inside a gap
 * (a marker already there): {@link Withholding} finds a passage in the text and cuts the string there.
 */
final class PlacedText {

    /** The elements that are blocks of the text: a passage ends at their edges. */
    static final Set<String> BLOCKS = Set.of(P, ITEM, HEAD, LABEL, ROW, OPENER, CLOSER, DATELINE, SALUTE, SIGNED,
            POSTSCRIPT, TRAILER, LIST, TABLE, CELL, DIV, QUOTE, "attachment");
    /** Between two blocks in the text. */
    static final char BLOCK_EDGE = '\n';

    private final StringBuilder flat = new StringBuilder();
    /** For each character of {@link #flat}: where it begins and ends in the stored string, and its depth in gaps. */
    private final List<int[]> origins = new ArrayList<>();
    /** Inside a gap (a marker already there): its words cannot be withheld. */
    private int gapDepth;

    PlacedText(List<Token> tokens) {
        int depth = 0;
        int skip = 0;
        for (Token t : tokens) {
            switch (t.kind) {
                case START -> {
                    if (depth > 0) {
                        if (skip > 0 || Body.isMetadata(t.name, t.attributes, depth)) {
                            skip++;
                        } else {
                            open(t);
                        }
                    }
                    depth++;
                }
                case EMPTY -> {
                    if (depth > 0 && skip == 0 && !Body.isMetadata(t.name, t.attributes, depth)) {
                        open(t);
                        close(t, t.name);
                    }
                }
                case END -> {
                    depth--;
                    if (depth > 0) {
                        if (skip > 0) {
                            skip--;
                        } else {
                            close(t, t.name);
                        }
                    }
                }
                case TEXT -> {
                    if (depth > 0 && skip == 0) {
                        addText(t);
                    }
                }
                default -> { }
            }
        }
    }

    private void open(Token t) {
        if (t.name.equals(GAP)) {
            gapDepth++;
        }
        switch (t.name) {
            case PB -> add(" [Page " + t.attributes.getOrDefault(N, "") + "] ", t);
            case NOTE -> add(t.attributes.getOrDefault(N, ""), t);
            case SUPPLIED, GAP -> add("[", t);
            case LB -> add(" ", t);
            default -> {
                if (BLOCKS.contains(t.name)) {
                    edge();
                }
            }
        }
    }

    private void close(Token t, String name) {
        if (name.equals(SUPPLIED) || name.equals(GAP)) {
            add("]", t);
        } else if (BLOCKS.contains(name)) {
            edge();
        }
        if (name.equals(GAP)) {
            gapDepth--;
        }
    }

    private void edge() {
        if (!flat.isEmpty() && flat.charAt(flat.length() - 1) == ' ') {
            flat.setLength(flat.length() - 1);
            origins.remove(origins.size() - 1);
        }
        if (!flat.isEmpty() && flat.charAt(flat.length() - 1) != BLOCK_EDGE) {
            flat.append(BLOCK_EDGE);
            origins.add(new int[] {-1, -1, 0});
        }
    }

    private void add(String s, Token t) {
        for (int i = 0; i < s.length(); i++) {
            append(s.charAt(i), t.start, t.end);
        }
    }

    private void addText(Token t) {
        for (int i = 0; i < t.text.length(); i++) {
            append(t.text.charAt(i), t.offsets[i], t.offsets[i + 1]);
        }
    }

    private void append(char c, int start, int end) {
        boolean space = Character.isWhitespace(c);
        boolean afterSpace = flat.isEmpty() || flat.charAt(flat.length() - 1) == ' ' || flat.charAt(flat.length() - 1) == BLOCK_EDGE;
        if (space && afterSpace) {
            return;
        }
        flat.append(space ? ' ' : c);
        origins.add(new int[] {start, end, gapDepth});
    }

    /** The text, blocks separated by {@link #BLOCK_EDGE}. */
    String text() {
        return flat.toString();
    }

    /** Where the text's character {@code i} begins in the stored string. */
    int start(int i) {
        return origins.get(i)[0];
    }

    /** Where the text's character {@code i} ends in the stored string. */
    int end(int i) {
        return origins.get(i)[1];
    }

    /** True when the text's character {@code i} is inside a gap. */
    boolean inGap(int i) {
        return origins.get(i)[2] > 0;
    }
}
