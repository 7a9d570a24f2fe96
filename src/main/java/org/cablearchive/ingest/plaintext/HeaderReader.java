package org.cablearchive.ingest.plaintext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablearchive.records.Classification;
import org.cablearchive.records.FileNumber;
import org.cablearchive.records.Precedence;

/**
 * Reads the head of a document, in the order FRUS prints it: the source note, the title, then the opener lines
 * (dateline, receipt note, markings) in any order. The head ends at the first line that is none of these; a
 * line out of this order is left to the body, so that the words of the result keep the order of the input.
 */
final class HeaderReader {

    /** What the head holds; {@code bodyStart} is the index of the first line of the body. */
    record Header(SourceNoteReader.SourceNote sourceNote, String title, List<String> opener,
                  DatelineReader.Dateline dateline, Classification classification, Precedence precedence,
                  List<String> handling, List<String> pageMarkers, int bodyStart, String precedencePrinted) {

        boolean hasEvidence() {
            return sourceNote != null || title != null || !opener.isEmpty();
        }

        boolean hasOpenerFacts() {
            return dateline != null || classification != null || precedence != null;
        }
    }

    private static final int LONGEST_HEAD_LINE = 400;
    private static final Pattern INLINE_MARKER = Pattern.compile("\\[" + PageMarkers.MARKER.pattern() + "\\]");
    private static final int LONGEST_ODD_LINE = 160;
    private static final String[] TITLE_CONNECTORS = {" to", " the", " of", " and", " in", " by", " for", " from", ","};

    private final List<String> lines;
    private final Warnings warnings;
    private final MarkingCollector markings;
    private final List<String> opener = new ArrayList<>();
    private final List<String> pageMarkers = new ArrayList<>();
    private final List<String> inlinePages = new ArrayList<>();
    private SourceNoteReader.SourceNote sourceNote;
    private String title;
    private DatelineReader.Dateline dateline;
    private int i;

    private HeaderReader(List<String> lines, Warnings warnings) {
        this.lines = lines;
        this.warnings = warnings;
        this.markings = new MarkingCollector(warnings);
    }

    static Header read(List<String> lines, Warnings warnings) {
        return new HeaderReader(lines, warnings).read();
    }

    private Header read() {
        int bodyStart = 0;
        int markersInHead = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank()) {
                i++;
                continue;
            }
            String page = PageMarkers.lineMarker(line);
            if (page != null) {
                pageMarkers.add(page);
                i++;
                continue;
            }
            String unmarked = unmark(line);
            if (unmarked.isBlank()) { // several page markers on one line
                pageMarkers.addAll(inlinePages);
                inlinePages.clear();
                i++;
                continue;
            }
            if (!readLine(unmarked)) {
                inlinePages.clear();
                break;
            }
            pageMarkers.addAll(inlinePages);
            inlinePages.clear();
            bodyStart = i;
            // Page markers among the head lines can only go to the start of the body; those after the last head
            // line are left where they stand, in the body.
            markersInHead = pageMarkers.size();
        }
        if (sourceNote != null && sourceNote.markings() != null) {
            markings.add(sourceNote.markings(), null);
        }
        return new Header(sourceNote, title, List.copyOf(opener), dateline, markings.classification(),
                markings.precedence(), markings.handling(), List.copyOf(pageMarkers.subList(0, markersInHead)), bodyStart,
                markings.precedencePrinted());
    }

    /** Takes the line (and any it continues onto) when it belongs to the head; false when the body begins. */
    private boolean readLine(String line) {
        if (line.length() > LONGEST_HEAD_LINE && !SourceNoteReader.isModern(line)) {
            return false; // a paragraph: no head line is this long, and the checks below need not look at it
        }
        boolean beforeTitle = title == null && opener.isEmpty();
        if (sourceNote == null && beforeTitle && SourceNoteReader.looksLikeSourceNote(line)) {
            StringBuilder note = new StringBuilder(line.strip());
            i++;
            while (SourceNoteReader.isModern(line) && i < lines.size() && !lines.get(i).isBlank()
                    && !isHeadLine(lines.get(i))) {
                note.append(' ').append(unmark(lines.get(i++)).strip());
            }
            sourceNote = SourceNoteReader.read(note.toString());
            return true;
        }
        if (beforeTitle && (TitleReader.looksLikeTitle(line) || sourceNote != null && TitleReader.couldBeTitle(line)
                && !isOpenerLine(line))) {
            readTitle(line);
            return true;
        }
        if (readOpenerLine(line)) {
            return true;
        }
        // A line the reader does not know, right above a dateline or markings, is still part of the head.
        int next = nextNonBlank(i + 1);
        if ((title != null || sourceNote != null) && line.length() <= LONGEST_ODD_LINE && next >= 0
                && isOpenerLine(lines.get(next))) {
            warnings.add("The line \"" + abbreviate(line.strip()) + "\" above the text was not understood; it is kept "
                    + "with the dateline and markings. Check whether it is part of the title or the text.");
            opener.add(line.strip());
            i++;
            return true;
        }
        return false;
    }

    private void readTitle(String line) {
        String t = TextHygiene.squeeze(line);
        i++;
        if (endsWithConnector(t) && i < lines.size() && !lines.get(i).isBlank() && !isHeadLine(lines.get(i))
                && lines.get(i).length() < 200 && !lines.get(i).strip().endsWith(".")) {
            t = t + " " + TextHygiene.squeeze(unmark(lines.get(i++)));
        }
        title = t;
    }

    private boolean readOpenerLine(String line) {
        String s = line.strip();
        DatelineReader.Dateline d = DatelineReader.read(line, fileYear());
        if (d != null) {
            if (dateline == null) {
                dateline = d;
            }
            if (d.impossible()) {
                warnings.add("The dateline \"" + s + "\" names a day that does not exist; the document is left undated. "
                        + "Check the date against the source.");
            }
        } else if (isReceipt(s)) {
            // kept as printed
        } else if (SourceNoteReader.isModern(s)) {
            // A source note after the title cannot be the draft's source note without reordering the words: it
            // stays with the opener lines, and its markings count.
            SourceNoteReader.SourceNote late = SourceNoteReader.read(s);
            if (late.markings() != null) {
                markings.add(late.markings(), null);
            }
            warnings.add("The source note \"" + abbreviate(s) + "\" follows the title; it is kept with the lines "
                    + "above the text, not as the source note. Move it above the title if it is the source note.");
        } else {
            Markings.Reading r = s.length() <= 100 ? Markings.read(s) : null;
            if (r == null || !r.isMarkingLine()) {
                return false;
            }
            markings.add(r, s);
        }
        opener.add(s);
        i++;
        return true;
    }

    /**
     * A page marker inside a head line ("…: Telegram [Page 1584]") cannot stay in the source note or title: it
     * goes, with the marker lines of the head, to the start of the body. Returns the line without it.
     */
    private String unmark(String line) {
        if (line.indexOf("[Page") < 0) {
            return line;
        }
        Matcher m = INLINE_MARKER.matcher(line);
        StringBuilder sb = new StringBuilder();
        int pos = 0;
        while (m.find()) {
            sb.append(line, pos, m.start()).append(' ');
            inlinePages.add(m.group(1));
            pos = m.end();
        }
        sb.append(line.substring(pos));
        return sb.toString().stripTrailing();
    }

    private static boolean isReceipt(String s) {
        return s.startsWith("[Received") && s.endsWith("]") && s.length() < 120;
    }

    private static boolean isOpenerLine(String line) {
        String s = line.strip();
        return s.length() <= LONGEST_HEAD_LINE && (DatelineReader.read(s, null) != null || isReceipt(s)
                || s.length() <= 100 && Markings.read(s).isMarkingLine());
    }

    private static boolean isHeadLine(String line) {
        return line.length() <= LONGEST_HEAD_LINE && (PageMarkers.lineMarker(line) != null || isOpenerLine(line)
                || TitleReader.looksLikeTitle(line));
    }

    private int nextNonBlank(int from) {
        for (int k = from; k < lines.size() && k < from + 3; k++) {
            if (!lines.get(k).isBlank()) {
                return k;
            }
        }
        return -1;
    }

    /** The year of the file number, for a dateline printed without one. */
    private Integer fileYear() {
        if (sourceNote == null || sourceNote.fileNumber() == null) {
            return null;
        }
        LocalDate filed = FileNumber.parse(sourceNote.fileNumber()).date();
        return filed == null ? null : filed.getYear();
    }

    private static boolean endsWithConnector(String title) {
        for (String c : TITLE_CONNECTORS) {
            if (title.endsWith(c)) {
                return true;
            }
        }
        return false;
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }
}
