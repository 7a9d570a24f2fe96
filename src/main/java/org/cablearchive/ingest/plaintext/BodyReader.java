package org.cablearchive.ingest.plaintext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablearchive.records.Body;
import org.cablearchive.records.BodyBuilder;
import org.cablearchive.records.DocumentDraft.ReferenceDraft;

/**
 * Turns the body's blocks into a {@link Body}: paragraphs are blocks separated by blank lines, a page marker on a
 * line of its own between them is a page break between paragraphs, one inside a paragraph stays at its place.
 * Takes the telegram's own number ("639.") off the first paragraph, and marks references, insertions, gaps and
 * footnote anchors where they stand.
 */
final class BodyReader {

    /** When a leading "639." may be read as the telegram's number. */
    enum NumberPolicy { TELEGRAM, IF_NOT_SMALL, NEVER }

    /** {@code hasWords}: the body holds text, not page breaks alone. */
    record Result(Body body, String telegramNumber, List<ReferenceDraft> references, boolean[] anchored,
                  Integer pageStart, Integer pageEnd, boolean hasWords, String pageFirst, String pageLast) { }

    /** A page break between paragraphs (page set) or a paragraph. */
    private record Item(String page, Paragraph paragraph) { }

    // "639.", and numbers with a letter or a series: "A–227." (an airgram), "C 58575.", "Secto 12.", "Tosec 45."
    private static final Pattern OWN_NUMBER = Pattern.compile("^((?:[A-Z]{1,3}[\\-\\u2010-\\u2014 ]|(?:Secto|Tosec|Dulte"
            + "|Tedul|Todel|Delto|Secun|Unsec|Polto|Topol|Gadel|Delga|Actel|Usdel|Cirtel|Circular) )?(\\d{1,7}))\\.(?: |$)");
    private static final Pattern SECOND_POINT = Pattern.compile("^2\\. ");

    private final List<Item> items = new ArrayList<>();
    private final Warnings warnings;
    private String telegramNumber;
    private Paragraph numbered;

    private BodyReader(Warnings warnings) {
        this.warnings = warnings;
    }

    /**
     * Reads the body. {@code leadingMarkers}: pages that began among the head lines; {@code closingMarkers}: pages
     * that began among the closing lines; {@code context}: the document's day, for the year of references.
     */
    static Result read(List<String> leadingMarkers, List<List<String>> blocks, List<String> closingMarkers,
                       List<String> footnoteMarks, List<String> footnoteKeys, NumberPolicy policy, LocalDate context,
                       Warnings warnings) {
        BodyReader r = new BodyReader(warnings);
        leadingMarkers.forEach(p -> r.items.add(new Item(p, null)));
        blocks.forEach(r::addBlock);
        closingMarkers.forEach(p -> r.items.add(new Item(p, null)));
        r.joinSplitSentences();
        r.takeOwnNumber(policy);
        List<Paragraph> paragraphs = r.paragraphs();
        for (Paragraph p : paragraphs) {
            BracketScanner.scan(p);
            ReferenceFinder.find(p, context);
        }
        // Anchoring may take a mark off the end of a reference's number, so references are keyed after it.
        boolean[] anchored = FootnoteAnchors.anchor(paragraphs, footnoteMarks, footnoteKeys);
        List<ReferenceDraft> refs = keyReferences(paragraphs);
        return r.build(refs, anchored);
    }

    /** Marker lines at the start or end of a block stand between paragraphs; the rest of the block is one. */
    private void addBlock(List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && PageMarkers.lineMarker(lines.get(from)) != null) {
            items.add(new Item(PageMarkers.lineMarker(lines.get(from++)), null));
        }
        int text = to;
        while (text > from && PageMarkers.lineMarker(lines.get(text - 1)) != null) {
            text--;
        }
        if (from < text) {
            items.add(new Item(null, new Paragraph(TextHygiene.squeeze(String.join(" ", lines.subList(from, text))))));
        }
        for (int k = text; k < to; k++) {
            items.add(new Item(PageMarkers.lineMarker(lines.get(k)), null));
        }
    }

    /**
     * A page marker set off by blank lines in the middle of a sentence ("…argument relative", "[Page 1045]", "for
     * example…") does not end the paragraph: the two halves are joined around it.
     */
    private void joinSplitSentences() {
        List<Item> joined = new ArrayList<>(items.size());
        int i = 0;
        while (i < items.size()) {
            Item it = items.get(i);
            int j = i + 1;
            while (j < items.size() && items.get(j).paragraph() == null) {
                j++;
            }
            if (it.paragraph() == null || j == i + 1 || j >= items.size()
                    || !continues(it.paragraph().text(), items.get(j).paragraph().text())) {
                joined.add(it);
                i++;
                continue;
            }
            StringBuilder text = new StringBuilder(it.paragraph().text());
            for (int k = i + 1; k < j; k++) {
                text.append(" [Page ").append(items.get(k).page()).append(']');
            }
            text.append(' ').append(items.get(j).paragraph().text());
            // The joined paragraph may itself continue over the next marker: look at it again.
            items.set(j, new Item(null, new Paragraph(text.toString())));
            i = j;
        }
        items.clear();
        items.addAll(joined);
    }

    private static boolean continues(String before, String after) {
        int end = before.length();
        while (end > 0 && "\"”’')]".indexOf(before.charAt(end - 1)) >= 0) {
            end--;
        }
        char last = end == 0 ? '.' : before.charAt(end - 1);
        return ".?!:;".indexOf(last) < 0 && !after.isEmpty() && Character.isLowerCase(after.charAt(0));
    }

    /** "639. Re Embtel…": the number is the telegram's own, unless the body is a numbered list starting "1.". */
    private void takeOwnNumber(NumberPolicy policy) {
        Paragraph first = null;
        int index = -1;
        for (int i = 0; i < items.size() && first == null; i++) {
            first = items.get(i).paragraph();
            index = i;
        }
        if (first == null || policy == NumberPolicy.NEVER) {
            return;
        }
        Matcher m = OWN_NUMBER.matcher(first.text());
        if (!m.lookingAt()) {
            return;
        }
        String n = m.group(1);
        if (policy == NumberPolicy.IF_NOT_SMALL && n.length() < 2 || n.length() > m.group(2).length()
                && policy != NumberPolicy.TELEGRAM) {
            return;
        }
        boolean list = n.equals("1") && items.stream()
                .anyMatch(it -> it.paragraph() != null && SECOND_POINT.matcher(it.paragraph().text()).lookingAt());
        if (list) {
            return;
        }
        telegramNumber = n;
        numbered = new Paragraph(first.text().substring(m.end()));
        items.set(index, new Item(null, numbered));
    }

    private List<Paragraph> paragraphs() {
        List<Paragraph> ps = new ArrayList<>();
        for (Item it : items) {
            if (it.paragraph() != null) {
                ps.add(it.paragraph());
            }
        }
        return ps;
    }

    /** Gives the references their keys, xr1, xr2…, in the order they are printed. */
    private static List<ReferenceDraft> keyReferences(List<Paragraph> paragraphs) {
        List<ReferenceDraft> refs = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            List<Paragraph.Span> spans = p.spans();
            for (int i = 0; i < spans.size(); i++) {
                Paragraph.Span s = spans.get(i);
                if (s.kind() == Paragraph.Kind.REF) {
                    ReferenceDraft r = s.reference();
                    String key = "xr" + (refs.size() + 1);
                    ReferenceDraft keyed = new ReferenceDraft(key, r.kind(), r.number(), r.date(), r.label(), r.target());
                    refs.add(keyed);
                    p.set(i, new Paragraph.Span(s.start(), s.end(), s.kind(), s.value(), key, keyed));
                }
            }
        }
        return refs;
    }

    private Result build(List<ReferenceDraft> refs, boolean[] anchored) {
        BodyBuilder b = Body.builder();
        PageCounter pages = new PageCounter(warnings);
        boolean hasWords = false;
        for (Item it : items) {
            if (it.page() != null) {
                b.endParagraph();
                b.pageBreak(it.page());
                pages.page(it.page());
                continue;
            }
            Paragraph p = it.paragraph();
            if (p == numbered) {
                pages.words(); // the telegram number stood before what follows
            }
            if (p.text().isBlank()) {
                continue;
            }
            hasWords |= !isOnlyPages(p);
            b.startParagraph();
            int pos = 0;
            for (Paragraph.Span s : p.spans()) {
                if (s.start() > pos) {
                    b.text(p.text().substring(pos, s.start()));
                    if (!p.text().substring(pos, s.start()).isBlank()) {
                        pages.words();
                    }
                }
                emit(b, s, pages);
                pos = s.end();
            }
            if (pos < p.text().length()) {
                b.text(p.text().substring(pos));
                if (!p.text().substring(pos).isBlank()) {
                    pages.words();
                }
            }
            b.endParagraph();
        }
        return new Result(b.build(), telegramNumber, refs, anchored, pages.start(), pages.end(), hasWords,
                pages.firstLabel(), pages.lastLabel());
    }

    private static boolean isOnlyPages(Paragraph p) {
        int pos = 0;
        for (Paragraph.Span s : p.spans()) {
            if (s.kind() != Paragraph.Kind.PAGE || !p.text().substring(pos, s.start()).isBlank()) {
                return false;
            }
            pos = s.end();
        }
        return p.text().substring(pos).isBlank();
    }

    private static void emit(BodyBuilder b, Paragraph.Span s, PageCounter pages) {
        switch (s.kind()) {
            case PAGE -> {
                b.pageBreak(s.value());
                pages.page(s.value());
            }
            case SUPPLIED -> b.supplied(s.value());
            case GAP -> b.notDeclassified(s.value());
            case REF -> b.reference(s.key(), s.value());
            case ANCHOR -> b.footnoteAnchor(s.key(), s.value());
            default -> throw new IllegalStateException(s.kind().name());
        }
        if (s.kind() != Paragraph.Kind.PAGE) {
            pages.words();
        }
    }
}
