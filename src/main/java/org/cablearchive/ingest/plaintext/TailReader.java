package org.cablearchive.ingest.plaintext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the end of a document, from the bottom up: the footnotes ("  1. For related documentation…", "* Not
 * printed.", "† text"), then the signature ("Cumming", "Webb, Acting"), then the distribution ("Dept pass London,
 * Paris (its discretion).", "Sent Dept 613, rptd info Calcutta 83."). What is left is the body, as blocks of
 * lines separated by blank lines.
 */
final class TailReader {

    /** A footnote as printed: its mark without the period of "1.", and its text. */
    record Footnote(String n, String text) { }

    /** The body's blocks, page markers found among the closing lines, and the closing parts. */
    record Tail(List<List<String>> blocks, List<String> closingMarkers, List<Footnote> footnotes,
                String distribution, String signature) { }

    private static final Pattern FOOTNOTE_START = Pattern.compile(
            "^( *)(\\d{1,3})\\.? +([^\\s*†‡§].*)$|^( *)([*†‡§]{1,3}) +([^\\s*†‡§].*)$");
    private static final Pattern DISTRIBUTION = Pattern.compile(
            "^(?:(?:Sent|Repeated|Rptd|Rpt|Info|Also sent|Not repeated|Pouched|Also pouched|Passed)\\b[ ,:]*(?:to |info |for )?(?:Dept|Department|[A-Z][\\p{L}]+)"
                    + "|(?:Dept|Department|Deptel)(?: please)? pass\\b|(?:Please )?[Pp]ass(?:ed)? (?:to )?[A-Z])");
    private static final String[] SIGNATURE_SMALL_WORDS = {"of", "the", "for", "and", "de", "van", "von", "du", "la"};

    private TailReader() {
    }

    /** Reads the closing parts off the body's lines; {@code headed}: the document had a head, so it is one. */
    static Tail read(List<String> lines, boolean headed) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        List<List<String>> entries = new ArrayList<>();
        int start = footnoteRegion(lines, end, entries);
        List<Footnote> footnotes = footnotes(entries);
        List<List<String>> blocks = blocks(lines.subList(0, start));
        List<String> markers = new ArrayList<>();
        skipMarkers(blocks, markers);
        // Text without a head is read as a signature or distribution only with other signs of a document.
        String signature = takeSignature(blocks, headed || !footnotes.isEmpty());
        if (signature != null) {
            skipMarkers(blocks, markers);
        }
        // Distribution may take several lines: "Sent Department 412, repeated London 87." then "Pouched Hanoi."
        List<String> distributed = new ArrayList<>();
        while ((headed || signature != null) && blocks.size() > 1 && isDistribution(blocks.get(blocks.size() - 1))) {
            distributed.add(0, TextHygiene.squeeze(String.join(" ", blocks.remove(blocks.size() - 1))));
        }
        String distribution = distributed.isEmpty() ? null : String.join("\n", distributed);
        return new Tail(blocks, markers, footnotes, distribution, signature);
    }

    private static List<Footnote> footnotes(List<List<String>> entries) {
        List<Footnote> footnotes = new ArrayList<>();
        for (List<String> entry : entries) {
            Matcher m = FOOTNOTE_START.matcher(entry.get(0));
            m.matches();
            boolean numbered = m.group(2) != null;
            StringBuilder text = new StringBuilder(numbered ? m.group(3) : m.group(6));
            for (String more : entry.subList(1, entry.size())) {
                text.append(' ').append(more.strip());
            }
            footnotes.add(new Footnote(numbered ? m.group(2) : m.group(5), TextHygiene.squeeze(text.toString())));
        }
        return footnotes;
    }

    /**
     * Takes the signature off the last block: the whole block when it is one to four name lines, or its last
     * lines when a distribution line stands right above them ("Sent Dept 613, rptd info Calcutta 83." / "Henderson").
     * Some text must remain above it.
     */
    private static String takeSignature(List<List<String>> blocks, boolean likely) {
        if (blocks.isEmpty()) {
            return null;
        }
        List<String> last = blocks.get(blocks.size() - 1);
        int n = signatureLines(last);
        if (n == 0) {
            return null;
        }
        boolean wholeBlock = n == last.size();
        boolean underDistribution = wholeBlock ? blocks.size() > 1 && isDistribution(blocks.get(blocks.size() - 2))
                : isDistribution(last.subList(0, last.size() - n));
        boolean textAbove = !wholeBlock || blocks.size() > 1;
        if (!textAbove || !(wholeBlock || underDistribution) || !(likely || underDistribution)) {
            return null;
        }
        String signature = String.join("\n", strip(last.subList(last.size() - n, last.size())));
        if (wholeBlock) {
            blocks.remove(blocks.size() - 1);
        } else {
            blocks.set(blocks.size() - 1, new ArrayList<>(last.subList(0, last.size() - n)));
        }
        return signature;
    }

    /**
     * Finds the footnotes at the bottom, scanning upward: each begins with a mark and may run on over lines below
     * it. Marks that could be numbered paragraphs count only when the footnote sits under a signature, is
     * indented more than the text, is a symbol, or has its mark glued to the text above. Returns the first line.
     */
    private static int footnoteRegion(List<String> lines, int end, List<List<String>> entries) {
        int pending = 0;
        int start = end;
        List<List<String>> found = new ArrayList<>();
        for (int i = end - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (line.isBlank()) {
                if (pending > 0) {
                    break;
                }
                continue;
            }
            if (FOOTNOTE_START.matcher(line).matches()) {
                found.add(new ArrayList<>(lines.subList(i, i + 1 + pending)));
                pending = 0;
                start = i;
            } else if (++pending > 40) {
                break;
            }
        }
        if (found.isEmpty()) {
            return end;
        }
        Collections.reverse(found); // found bottom-up
        boolean underSignature = false;
        for (int i = start - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                underSignature = isSignatureLine(lines.get(i)) && i > 0;
                break;
            }
        }
        // Entries that prove not to be footnotes go back to the text, so what counts as "the text above" grows.
        int indent = Integer.MAX_VALUE;
        for (String line : lines.subList(0, start)) {
            indent = Math.min(indent, indentOf(line));
        }
        Set<String> glued = new HashSet<>(FootnoteAnchors.gluedMarks(String.join("\n", lines.subList(0, start))));
        int first = 0;
        while (first < found.size() && (!underSignature && !strong(found.get(first).get(0), indent, glued)
                || outOfSequence(found, first))) {
            List<String> dropped = found.get(first++);
            for (String line : dropped) {
                indent = Math.min(indent, indentOf(line));
            }
            glued.addAll(FootnoteAnchors.gluedMarks(String.join("\n", dropped)));
            start += dropped.size();
            while (start < end && lines.get(start).isBlank()) {
                start++;
            }
        }
        entries.addAll(found.subList(first, found.size()));
        return first == found.size() ? end : start;
    }

    /**
     * Footnotes are numbered on: a numbered entry followed by one that does not come next ("2. Then referring…"
     * above "1. Source: …") is a numbered paragraph of the text, not a footnote.
     */
    private static boolean outOfSequence(List<List<String>> found, int first) {
        if (first + 1 >= found.size()) {
            return false;
        }
        Matcher a = FOOTNOTE_START.matcher(found.get(first).get(0));
        Matcher b = FOOTNOTE_START.matcher(found.get(first + 1).get(0));
        if (!a.matches() || !b.matches() || a.group(2) == null || b.group(2) == null) {
            return false;
        }
        return Integer.parseInt(a.group(2)) + 1 != Integer.parseInt(b.group(2));
    }

    private static int indentOf(String line) {
        return line.isBlank() ? Integer.MAX_VALUE : line.length() - line.stripLeading().length();
    }

    private static boolean strong(String startLine, int textIndent, Set<String> glued) {
        Matcher m = FOOTNOTE_START.matcher(startLine);
        m.matches();
        if (m.group(5) != null) {
            return true;
        }
        int base = textIndent == Integer.MAX_VALUE ? 0 : textIndent;
        return m.group(1).length() > base || glued.contains(m.group(2));
    }

    static List<List<String>> blocks(List<String> lines) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    /** Moves blocks of page markers alone from the end to {@code markers}, keeping their order. */
    private static void skipMarkers(List<List<String>> blocks, List<String> markers) {
        List<String> moved = new ArrayList<>();
        while (!blocks.isEmpty()) {
            List<String> last = blocks.get(blocks.size() - 1);
            List<String> pages = new ArrayList<>();
            for (int i = last.size() - 1; i >= 0; i--) {
                pages.add(PageMarkers.lineMarker(last.get(i)));
            }
            if (pages.contains(null)) {
                break;
            }
            moved.addAll(pages);
            blocks.remove(blocks.size() - 1);
        }
        Collections.reverse(moved);
        markers.addAll(0, moved);
    }

    /** How many lines at the end of the block form a signature (up to four short name lines), or 0. */
    private static int signatureLines(List<String> block) {
        int n = 0;
        while (n < 4 && n < block.size() && isSignatureLine(block.get(block.size() - 1 - n), n == 0)) {
            n++;
        }
        return n;
    }

    static boolean isSignatureLine(String line) {
        return isSignatureLine(line, true);
    }

    /**
     * A short line of capitalised words: "Cumming", "Webb, Acting", "James S. Lay, Jr.", "[Henderson]", and above
     * the name "For the Joint Chiefs of Staff:". The name line does not end a sentence.
     */
    static boolean isSignatureLine(String line, boolean nameLine) {
        String s = line.strip();
        if (s.startsWith("[") && s.endsWith("]") && s.indexOf(']') == s.length() - 1) {
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.isEmpty() || s.length() > 80 || !Character.isUpperCase(s.charAt(0)) || PageMarkers.lineMarker(line) != null) {
            return false;
        }
        String[] words = s.split(" +");
        String lastWord = words[words.length - 1];
        boolean abbreviated = lastWord.equals("Jr.") || lastWord.equals("Sr.") || lastWord.equals("a.i.")
                || lastWord.length() == 2 && Character.isUpperCase(lastWord.charAt(0)) && lastWord.charAt(1) == '.';
        char end = s.charAt(s.length() - 1);
        if (end == ';' || end == '.' && !abbreviated || (end == ',' || end == ':') && nameLine) {
            return false;
        }
        if (words.length > 10) {
            return false;
        }
        for (String w : words) {
            if (w.chars().anyMatch(Character::isDigit)) {
                return false;
            }
            if (!Character.isUpperCase(w.charAt(0)) && !isSmallWord(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSmallWord(String w) {
        for (String small : SIGNATURE_SMALL_WORDS) {
            if (small.equals(w)) {
                return true;
            }
        }
        return w.startsWith("d’") || w.startsWith("d'") || w.equals("a.i.") || w.equals("&");
    }

    private static boolean isDistribution(List<String> block) {
        String text = TextHygiene.squeeze(String.join(" ", block));
        return text.length() <= 400 && DISTRIBUTION.matcher(text).lookingAt();
    }

    private static List<String> strip(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            out.add(TextHygiene.squeeze(l));
        }
        return out;
    }
}
