package org.cablearchive.ingest.plaintext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cablearchive.records.Classification;
import org.cablearchive.records.Correspondence;
import org.cablearchive.records.Dispatch;
import org.cablearchive.records.DocumentDate;
import org.cablearchive.records.DocumentDraft.FootnoteDraft;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentText;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.DraftingLine;
import org.cablearchive.records.FileNumber;
import org.cablearchive.records.Identification;
import org.cablearchive.records.Party;
import org.cablearchive.records.Precedence;
import org.cablearchive.records.PrintedPages;

/**
 * Reads a FRUS-style document in the plain-text form printed volumes circulate in when copied from the page:
 *
 * <pre>
 * 611.61/10–1551: Telegram                                  source note
 * The Charge in the Soviet Union (Cumming) to the Secretary of State     title
 * top secret                                                markings (and/or a dateline, a receipt note)
 * priority
 * 639. Re Embtel 634, October 15. Following translation…   telegram number, then the body
 * [Page 1043]                                               page markers, between paragraphs or inline
 * …
 * Dept pass London, Paris (its discretion).                 distribution
 * Cumming                                                   signature
 *   1. For related documentation, see vol. i, pp. 993 ff.   footnotes
 * </pre>
 *
 * <p>Nothing is lost: every word of the input lands in exactly one place of the reading, in order: the source
 * note, the title, the opener lines ({@link PlainTextReading#opener()}), the telegram number, the body, the
 * distribution, the signature, the footnotes. What the reader cannot place stays in the body, and a warning
 * says so. Odd text never makes it fail; only text that is not text at all does ({@link UnreadableTextException}).
 *
 * <p>Stateless and thread-safe; it needs no Spring. The work is linear in the length of the text.
 */
public final class PlainTextTelegramReader {

    /** The longest text read, in characters; a printed document is a few thousand. */
    public static final int MAX_CHARACTERS = 1_000_000;

    /**
     * Reads one document.
     *
     * @throws UnreadableTextException when the text is null, empty or blank, binary (NUL characters, or mostly
     *                                 control characters), or longer than {@link #MAX_CHARACTERS}
     */
    public PlainTextReading read(String text) {
        TextHygiene.requireReadable(text);
        Warnings warnings = new Warnings();
        List<String> lines = TextHygiene.lines(text, warnings);
        HeaderReader.Header head = HeaderReader.read(lines, warnings);
        TailReader.Tail tail = TailReader.read(lines.subList(head.bodyStart(), lines.size()), head.hasEvidence());

        SourceNoteReader.SourceNote note = head.sourceNote();
        DocumentType type = note != null && note.type() != null ? note.type() : TitleReader.type(head.title());
        String fileNumber = note == null ? null : note.fileNumber();
        if (note == null) {
            // A modern source note printed as footnote 1 cites the file ("Central Files, 611.93/10–555").
            for (TailReader.Footnote f : tail.footnotes()) {
                if (SourceNoteReader.isModern(f.text())) {
                    fileNumber = SourceNoteReader.read(f.text()).fileNumber();
                    break;
                }
            }
        }
        LocalDate filed = fileNumber == null ? null : FileNumber.parse(fileNumber).date();
        DocumentDate date = head.dateline() != null ? head.dateline().date() : DocumentDate.of(filed);
        LocalDate context = date.isUndated() ? filed : date.earliest();

        List<String> marks = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (TailReader.Footnote f : tail.footnotes()) {
            marks.add(f.n());
            keys.add("fn" + (keys.size() + 1));
        }
        BodyReader.Result body = BodyReader.read(head.pageMarkers(), tail.blocks(), tail.closingMarkers(), marks, keys,
                policy(type, head), context, warnings);

        String title = head.title();
        String titleMark = titleMark(title, marks);
        if (titleMark != null) {
            title = title.substring(0, title.length() - titleMark.length());
        }
        List<FootnoteDraft> footnotes = new ArrayList<>();
        Markings.Reading footnoteMarkings = null;
        boolean sourceFootnote = false;
        for (int k = 0; k < marks.size(); k++) {
            TailReader.Footnote f = tail.footnotes().get(k);
            footnotes.add(new FootnoteDraft(keys.get(k), f.n(), f.text()));
            if (!body.anchored()[k] && !markedInHead(head, f.n())) {
                warnings.add("Footnote " + f.n() + " (\"" + HeaderReader.abbreviate(f.text()) + "\") has no mark in "
                        + "the text; it is kept as a footnote. Put its mark right after the word it belongs to, as in "
                        + "\"Sov Union." + f.n() + "\".");
            }
            if (!sourceFootnote && SourceNoteReader.isModern(f.text())) {
                sourceFootnote = true;
                footnoteMarkings = SourceNoteReader.read(f.text()).markings();
            }
        }
        Classification classification = head.classification();
        Precedence precedence = head.precedence();
        String precedencePrinted = head.precedencePrinted();
        List<String> handling = new ArrayList<>(head.handling());
        if (footnoteMarkings != null && classification == null && precedence == null && handling.isEmpty()) {
            // A modern source note printed as footnote 1 still says how the document was classified.
            classification = first(footnoteMarkings.classifications());
            precedence = first(footnoteMarkings.precedences());
            precedencePrinted = footnoteMarkings.precedencePrinted();
            handling.addAll(footnoteMarkings.handling());
        }
        Party[] parties = TitleReader.parties(title);
        DocumentDraft draft = new DocumentDraft(new Identification(type, title, note == null ? null : note.text(), fileNumber,
                        DraftingLine.of(note == null ? null : note.text(), footnotes)),
                new Dispatch(classification, precedence, precedencePrinted, handling, body.telegramNumber()),
                new Correspondence(parties[0], parties[1], PlainParticipants.read(lines.subList(head.bodyStart(), lines.size())),
                        date, head.dateline() == null ? null : head.dateline().place()),
                new DocumentText(body.body(), footnotes, body.references(), tail.distribution(), tail.signature()),
                new PrintedPages(body.pageStart(), body.pageEnd(), body.pageFirst(), body.pageLast()));
        boolean blank = !body.hasWords(); // known from the reading: rendering a long body is costly
        checkShape(head, draft, blank, sourceFootnote, warnings);
        return new PlainTextReading(draft, warnings.messages(), confidence(head, draft, blank, warnings),
                head.opener().isEmpty() ? null : String.join("\n", head.opener()), titleMark);
    }

    /**
     * The footnote mark glued to the last word of the title ("…to the Embassy in Thailand1", "(Rankin)*"), when
     * a footnote of that mark is printed below; else null. A number after a space ("Telegram 1234") is no mark.
     */
    static String titleMark(String title, List<String> marks) {
        if (title == null || marks.isEmpty()) {
            return null;
        }
        for (String mark : marks) {
            int at = title.length() - mark.length();
            if (at < 2 || !title.endsWith(mark)) {
                continue;
            }
            char before = title.charAt(at - 1);
            boolean digits = Character.isDigit(mark.charAt(0));
            if (digits && endsWithYear(title.substring(0, at))) {
                return mark; // "…Washington, October 4, 19551": the year 1955 and note 1
            }
            if (Character.isLetter(before) || before == ')' || before == ']' || before == '.' && !digits
                    || !digits && !TextHygiene.isSpace(before) && "*†‡§".indexOf(before) < 0) {
                return mark;
            }
        }
        return null;
    }

    private static BodyReader.NumberPolicy policy(DocumentType type, HeaderReader.Header head) {
        return switch (type) {
            case TELEGRAM, CIRCULAR_TELEGRAM, AIRGRAM -> BodyReader.NumberPolicy.TELEGRAM;
            case OTHER -> head.hasEvidence() ? BodyReader.NumberPolicy.IF_NOT_SMALL : BodyReader.NumberPolicy.NEVER;
            default -> BodyReader.NumberPolicy.NEVER;
        };
    }

    /** Warnings about the shape of the whole: missing head pieces, a missing classification, an empty body. */
    private static void checkShape(HeaderReader.Header head, DocumentDraft d, boolean blank, boolean sourceInFootnote,
                                   Warnings warnings) {
        if (!head.hasEvidence()) {
            warnings.addSerious("No source note, title or markings were found at the top, so the whole text is read "
                    + "as the body. If this is a FRUS document, check that it begins with its source note (such as "
                    + "\"611.61/10–1551: Telegram\") and its title.");
        } else if (d.sourceNote() == null && d.title() != null && !sourceInFootnote) {
            warnings.add("No source note (such as \"611.61/10–1551: Telegram\") was found above the title; the file "
                    + "number and the document type are left empty unless the title names the type.");
        } else if (d.title() == null) {
            warnings.add("No title (such as \"The Charge in the Soviet Union (Cumming) to the Secretary of State\") "
                    + "was found; sender and recipient are left empty.");
        }
        boolean telegram = d.type() == DocumentType.TELEGRAM || d.type() == DocumentType.CIRCULAR_TELEGRAM
                || d.type() == DocumentType.AIRGRAM || d.telegramNumber() != null;
        if (telegram && d.classification() == Classification.UNKNOWN) {
            warnings.add("No classification marking (top secret, secret, confidential…) was found above the text; the "
                    + "classification is left unknown.");
        }
        if (blank) {
            warnings.addSerious("No text was found below the head of the document.");
        }
    }

    private static PlainTextReading.Confidence confidence(HeaderReader.Header head, DocumentDraft d, boolean blank,
                                                         Warnings warnings) {
        boolean shaped = d.sourceNote() != null
                || (d.title() != null && (head.hasOpenerFacts() || d.telegramNumber() != null));
        return shaped && !warnings.anySerious() && !blank
                ? PlainTextReading.Confidence.HIGH : PlainTextReading.Confidence.LOW;
    }

    /** A head may carry a footnote mark: glued to the title ("…Embassy in France1") or the dateline ("May 4, 1951.*"). */
    private static boolean markedInHead(HeaderReader.Header head, String mark) {
        List<String> lines = new ArrayList<>(head.opener());
        if (head.title() != null) {
            lines.add(head.title());
        }
        for (String line : lines) {
            if (line.endsWith(mark) && line.length() > mark.length()
                    && !TextHygiene.isSpace(line.charAt(line.length() - mark.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithYear(String s) {
        int n = s.length();
        if (n < 7 || s.charAt(n - 5) != ' ' || s.charAt(n - 6) != ',') {
            return false;
        }
        String year = s.substring(n - 4);
        return year.chars().allMatch(Character::isDigit) && (year.startsWith("1") || year.startsWith("20"));
    }

    private static <T> T first(List<T> list) {
        return list.isEmpty() ? null : list.get(0);
    }

    /**
     * Reads a body alone, in the plain-text form {@link org.cablearchive.records.Body#plainText()} gives it (as the
     * editing form shows it): paragraphs separated by blank lines, {@code [Page N]} markers, footnote marks glued to
     * the word before them, {@code [of]} insertions, telegram shorthand. No head, tail or telegram number is looked
     * for. {@code footnoteMarks} and {@code footnoteKeys}: the document's footnotes, to anchor; {@code context}: the
     * document's day, for the year of references. The draft of the reading holds the body, its references and the
     * pages it spans; the warnings say which footnotes found no mark.
     */
    public PlainTextReading readBody(String text, List<String> footnoteMarks, List<String> footnoteKeys, LocalDate context) {
        Warnings warnings = new Warnings();
        if (text == null || text.isBlank()) {
            return new PlainTextReading(DocumentDraft.EMPTY, List.of(), PlainTextReading.Confidence.HIGH);
        }
        TextHygiene.requireReadable(text);
        List<List<String>> blocks = TailReader.blocks(TextHygiene.lines(text, warnings));
        BodyReader.Result body = BodyReader.read(List.of(), blocks, List.of(), footnoteMarks, footnoteKeys,
                BodyReader.NumberPolicy.NEVER, context, warnings);
        for (int k = 0; k < footnoteMarks.size(); k++) {
            if (!body.anchored()[k]) {
                warnings.add("Footnote " + footnoteMarks.get(k) + " has no mark in the text. Put its mark right after "
                        + "the word it belongs to, as in \"Sov Union." + footnoteMarks.get(k) + "\".");
            }
        }
        DocumentDraft draft = DocumentDraft.EMPTY.withText(t -> t.withBody(body.body()).withReferences(body.references()))
                .withPages(PrintedPages.numbered(body.pageStart(), body.pageEnd()));
        return new PlainTextReading(draft, warnings.messages(), PlainTextReading.Confidence.HIGH);
    }
}
