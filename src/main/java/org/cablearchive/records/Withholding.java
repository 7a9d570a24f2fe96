package org.cablearchive.records;

import static org.cablearchive.records.tei.TeiNames.GAP;
import static org.cablearchive.records.tei.TeiNames.NOTE;
import static org.cablearchive.records.tei.TeiNames.PB;
import static org.cablearchive.records.tei.TeiNames.REF;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.cablearchive.records.BodyTokens.Kind;
import org.cablearchive.records.BodyTokens.Token;

/**
 * Cuts a passage out of a body's stored TEI and puts a FRUS "not declassified" gap in its place, leaving every other
 * character of the stored string as it was (a round trip to FRUS TEI stays exact). The passage is found in the
 * body's plain text ({@link Body#plainText()}, white space folded): it must lie within one block (a paragraph, a list
 * item), hold no page break, footnote mark, cross-reference or earlier withheld passage, and not begin or end inside
 * markup that goes on beyond it (italics, a name), unless that markup lies wholly inside it.
 */
final class Withholding {

    /** A passage cut out: the new stored body, the passage as plain text and as the TEI it was. */
    record Cut(String xml, String text, String tei) { }

    private final String xml;
    private final List<Token> tokens;
    /** The body's plain text, each character tied to its place in {@link #xml}. */
    private final PlacedText text;

    private Withholding(String xml) {
        this.xml = xml;
        this.tokens = BodyTokens.read(xml);
        this.text = new PlacedText(tokens);
    }

    /** Withholds the one place where {@code passage} stands; refused with a message to act on otherwise. */
    static Cut withhold(String xml, String passage, String key, String description) {
        String wanted = fold(passage);
        if (wanted.isEmpty()) {
            throw new InvalidDocumentException("Give the passage to withhold, as it reads in the document's text");
        }
        Withholding w = new Withholding(xml);
        List<Integer> at = w.occurrences(wanted);
        if (at.isEmpty()) {
            String acrossBlocks = w.text.text().replace(PlacedText.BLOCK_EDGE, ' ');
            throw new InvalidDocumentException(acrossBlocks.contains(wanted)
                    ? "The passage runs over more than one paragraph: withhold each paragraph on its own"
                    : "The passage is not in the document's text. Copy it exactly as the text reads now (a passage already "
                    + "withheld cannot be withheld again)");
        }
        if (at.size() > 1) {
            throw new InvalidDocumentException("The passage occurs " + at.size() + " times in the document's text: give a "
                    + "longer passage, so that it stands in one place only");
        }
        if (w.touchesGap(at.get(0), wanted.length())) {
            throw new InvalidDocumentException(refusal(GAP));
        }
        int[] range = w.range(at.get(0), wanted.length(), true);
        String tei = xml.substring(range[0], range[1]);
        return new Cut(xml.substring(0, range[0]) + gap(key, description) + xml.substring(range[1]), wanted, tei);
    }

    /**
     * Puts the gap in place of every occurrence of {@code passage} (an earlier state of a body, shown to someone who may
     * not read it). Never refuses: an occurrence that cannot be cut cleanly takes the whole of its block with it.
     */
    static String mask(String xml, String passage, String key, String description) {
        String wanted = fold(passage);
        if (wanted.isEmpty() || xml == null || xml.isBlank()) {
            return xml;
        }
        Withholding w = new Withholding(xml);
        List<int[]> ranges = new ArrayList<>();
        for (int at : w.occurrences(wanted)) {
            if (w.touchesGap(at, wanted.length())) {
                continue; // already a marker
            }
            int[] range = w.range(at, wanted.length(), false);
            int[] cut = range == null ? w.blockContent(at) : range;
            int[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (last != null && cut[0] < last[1]) { // one block taken whole holds the next occurrence too
                last[0] = Math.min(last[0], cut[0]);
                last[1] = Math.max(last[1], cut[1]);
            } else {
                ranges.add(cut);
            }
        }
        String result = xml;
        boolean keyUsed = xml.contains("xml:id=\"" + key + "\"");
        for (int i = ranges.size() - 1; i >= 0; i--) {
            int[] range = ranges.get(i);
            String id = keyUsed || i > 0 ? null : key;
            result = result.substring(0, range[0]) + gap(id, description) + result.substring(range[1]);
        }
        return result;
    }

    /** The FRUS marker as the body model writes it; {@code key} null for one that names no withheld passage. */
    static String gap(String key, String description) {
        return "<gap reason=\"notDeclassified\"" + (key == null ? "" : " xml:id=\"" + escape(key) + "\"")
                + "><desc>" + escape(description) + "</desc></gap>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** White space folded as the plain text folds it. */
    static String fold(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    private boolean touchesGap(int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (text.inGap(i)) {
                return true;
            }
        }
        return false;
    }

    private List<Integer> occurrences(String wanted) {
        List<Integer> at = new ArrayList<>();
        String flat = text.text();
        for (int i = flat.indexOf(wanted); i >= 0; i = flat.indexOf(wanted, i + 1)) {
            at.add(i);
        }
        return at;
    }

    /**
     * Where the passage's TEI begins and ends in the stored string, widened over markup it holds whole. Refused (or null
     * when {@code strict} is false) when it cannot be cut out as a whole.
     */
    private int[] range(int from, int length, boolean strict) {
        int start = text.start(from);
        int end = text.end(from + length - 1);
        Token first = tokenAt(start);
        Token last = tokenAt(end - 1);
        // Markup that begins just before the passage and ends within it, or the reverse, is inside it whole.
        int firstIndex = tokens.indexOf(first);
        int lastIndex = tokens.indexOf(last);
        if (!allowed(firstIndex, lastIndex, strict)) {
            return null;
        }
        while (true) {
            int balance = balance(firstIndex, lastIndex, start, end);
            if (balance == 0) {
                break;
            }
            if (balance < 0 && firstIndex > 0 && tokens.get(firstIndex - 1).kind == Kind.START
                    && tokens.get(firstIndex - 1).end == start) {
                firstIndex--;
                start = tokens.get(firstIndex).start;
            } else if (balance > 0 && lastIndex + 1 < tokens.size() && tokens.get(lastIndex + 1).kind == Kind.END
                    && tokens.get(lastIndex + 1).start == end) {
                lastIndex++;
                end = tokens.get(lastIndex).end;
            } else {
                if (!strict) {
                    return null;
                }
                throw new InvalidDocumentException("The passage begins or ends inside marked-up text (italics, a name, a "
                        + "quotation) that goes on beyond it: take that text whole, or leave it out");
            }
        }
        return allowed(firstIndex, lastIndex, strict) ? new int[] {start, end} : null;
    }

    /** False (or refused, when {@code strict}) when the tokens hold an element that a passage may not take along. */
    private boolean allowed(int firstIndex, int lastIndex, boolean strict) {
        for (int i = firstIndex; i <= lastIndex; i++) {
            Token t = tokens.get(i);
            String refusal = t.kind == Kind.TEXT || t.kind == Kind.OTHER ? null : refusal(t.name);
            if (refusal != null) {
                if (!strict) {
                    return false;
                }
                throw new InvalidDocumentException(refusal);
            }
        }
        return true;
    }

    private static String refusal(String element) {
        return switch (element) {
            case PB -> "The passage runs over a page break: withhold the part on each page on its own";
            case NOTE -> "The passage holds a footnote mark: withhold the text before or after it, and change the "
                    + "footnote itself in the editing form";
            case REF -> "The passage holds a cross-reference to another document: withhold the text around it, or "
                    + "remove the reference in the editing form first";
            case GAP -> "The passage holds a part already withheld or not declassified: withhold the text before or after it";
            default -> PlacedText.BLOCKS.contains(element)
                    ? "The passage runs over more than one paragraph: withhold each paragraph on its own" : null;
        };
    }

    /** Open elements minus closed ones over the tokens (negative: it closes more than it opens, an edge at its start). */
    private int balance(int firstIndex, int lastIndex, int start, int end) {
        int depth = 0;
        int lowest = 0;
        for (int i = firstIndex; i <= lastIndex; i++) {
            Token t = tokens.get(i);
            if (t.end <= start || t.start >= end) {
                continue;
            }
            if (t.kind == Kind.START) {
                depth++;
            } else if (t.kind == Kind.END) {
                depth--;
                lowest = Math.min(lowest, depth);
            }
        }
        return lowest < 0 ? lowest : depth;
    }

    /** The content of the innermost block around a character of the plain text. */
    private int[] blockContent(int at) {
        int index = tokens.indexOf(tokenAt(text.start(at)));
        Deque<Token> open = new ArrayDeque<>();
        for (int i = 0; i <= index; i++) {
            Token t = tokens.get(i);
            if (t.kind == Kind.START) {
                open.push(t);
            } else if (t.kind == Kind.END) {
                open.pop();
            }
        }
        Token block = open.stream().filter(t -> PlacedText.BLOCKS.contains(t.name)).findFirst().orElse(open.peekLast());
        int depth = 0;
        for (int i = tokens.indexOf(block) + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind == Kind.START) {
                depth++;
            } else if (t.kind == Kind.END && depth-- == 0) {
                return new int[] {block.end, t.start};
            }
        }
        return new int[] {block.end, xml.length()};
    }

    private Token tokenAt(int position) {
        for (Token t : tokens) {
            if (t.start <= position && position < t.end) {
                return t;
            }
        }
        return tokens.get(tokens.size() - 1);
    }
}
