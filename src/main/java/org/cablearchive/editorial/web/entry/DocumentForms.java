package org.cablearchive.editorial.web.entry;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cablearchive.ingest.PlainTextForms;
import org.cablearchive.records.Body;
import org.cablearchive.records.Correspondence;
import org.cablearchive.records.Dispatch;
import org.cablearchive.records.DocumentDate;
import org.cablearchive.records.DocumentDraft.FootnoteDraft;
import org.cablearchive.records.DocumentDraft.ReferenceDraft;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentSnapshot;
import org.cablearchive.records.DocumentText;
import org.cablearchive.records.FileNumber;
import org.cablearchive.records.Identification;
import org.cablearchive.records.Participants;
import org.cablearchive.records.Party;
import org.cablearchive.records.PrintedPages;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Turns a {@link DocumentForm} into the draft records saves. A body the person did not change keeps its TEI exactly
 * (an imported document's markup cannot be written in the plain-text form); a changed one is read again by the
 * plain-text reader, its footnote marks tied to the footnotes of the form.
 */
@Component
class DocumentForms {

    /** The draft to save; {@code warnings}: what the reader of the body could not place; {@code bodyRead}: read again. */
    record Entry(DocumentDraft draft, List<String> warnings, boolean bodyRead) { }

    private final PlainTextForms plainText;

    DocumentForms(PlainTextForms plainText) {
        this.plainText = plainText;
    }

    /** The checks Bean Validation cannot make (file number form, dates and ranges, page order), as field errors. */
    void check(DocumentForm f, Errors errors) {
        String fileNumber = strip(f.fileNumber());
        if (fileNumber != null && !errors.hasFieldErrors("fileNumber") && looksDecimal(fileNumber)) {
            FileNumber parsed = FileNumber.parse(fileNumber);
            if (parsed.kind() != FileNumber.Kind.DECIMAL || parsed.dated() && parsed.date() == null) {
                errors.rejectValue("fileNumber", "fileNumber.form", "“" + fileNumber + "” is not a decimal file number: "
                        + "write the subject, a slash, then the month, a dash and the day and two-digit year it was filed, "
                        + "as 611.61/10–1551 (filed 15 October 1951). Lot files are written as printed (Lot 64 D 563).");
            }
        }
        String from = strip(f.date());
        String until = strip(f.dateUntil());
        if (from == null && until != null) {
            errors.rejectValue("date", "date.missing", "Give the first day of the range too, or leave “until” empty");
        } else if (from != null) {
            try {
                DocumentDate.parse(from);
                if (until != null) {
                    DocumentDate.parse(until);
                    DocumentDate.between(from, until);
                }
            } catch (IllegalArgumentException e) {
                boolean untilWrong = until != null && e.getMessage().contains(until) && !e.getMessage().contains("range");
                errors.rejectValue(untilWrong ? "dateUntil" : e.getMessage().contains("ends before") ? "dateUntil" : "date",
                        "date.form", e.getMessage());
            }
        }
        Integer first = number(f.pageStart());
        Integer last = number(f.pageEnd());
        if (first != null && last != null && first > last && !errors.hasFieldErrors("pageEnd")) {
            errors.rejectValue("pageEnd", "pages.order", "The last page (" + last + ") comes before the first (" + first
                    + "): a document runs from its first printed page to its last, e.g. 1042 to 1047");
        }
        for (int i = 0; i < f.footnotes().size(); i++) {
            DocumentForm.FootnoteRow row = f.footnotes().get(i);
            if (!row.isBlank() && (row.n() == null || row.n().isBlank())) {
                errors.rejectValue("footnotes[" + i + "].n", "footnote.mark",
                        "Give the footnote's mark as printed (1, *, †), the one glued to its word in the text");
            }
        }
    }

    /** A new document: the body is read from its plain text. */
    Entry newDocument(DocumentForm f) {
        List<FootnoteDraft> notes = footnotes(f, Map.of());
        PlainTextForms.BodyText text = plainText.readBody(f.body(), notes, day(f));
        return new Entry(draft(f, text.body(), notes, targets(text.references(), f, List.of()), pages(f, text)), text.warnings(), true);
    }

    /** An edit of the document as it is saved now ({@code current}). */
    Entry edit(DocumentForm f, DocumentSnapshot current) {
        Map<String, FootnoteDraft> saved = new HashMap<>();
        current.draft().footnotes().forEach(n -> saved.put(n.key(), n));
        List<FootnoteDraft> notes = footnotes(f, saved);
        if (sameText(f.body(), current.bodyText())) {
            Map<String, String> chosen = new HashMap<>();
            f.references().forEach(r -> chosen.put(r.key(), strip(r.target())));
            List<ReferenceDraft> refs = new ArrayList<>();
            for (ReferenceDraft r : current.draft().references()) {
                String target = chosen.get(r.key());
                boolean picked = target != null && !target.contains("#") && !Objects.equals(target, r.target());
                refs.add(picked ? new ReferenceDraft(r.key(), r.kind(), r.number(), r.date(), r.label(), target) : r);
            }
            Integer[] pages = {number(f.pageStart()), number(f.pageEnd())};
            Body body = current.draft().body();
            return new Entry(draft(f, body, notes, refs, pages), List.of(), false);
        }
        PlainTextForms.BodyText text = plainText.readBody(f.body(), notes, day(f));
        return new Entry(draft(f, text.body(), notes, targets(text.references(), f, current.draft().references()), pages(f, text)), text.warnings(), true);
    }

    /** True when two plain texts are the same but for line ends and spaces at the ends of lines. */
    static boolean sameText(String a, String b) {
        return normalized(a).equals(normalized(b));
    }

    private static String normalized(String s) {
        if (s == null) {
            return "";
        }
        return String.join("\n", Arrays.stream(s.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1))
                .map(String::stripTrailing).toList()).strip();
    }

    /** The footnotes of the form: a saved one unchanged keeps its TEI; new ones get keys of their own. */
    private static List<FootnoteDraft> footnotes(DocumentForm f, Map<String, FootnoteDraft> saved) {
        Set<String> keys = new HashSet<>();
        f.footnotes().forEach(r -> {
            if (r.key() != null && !r.key().isBlank()) {
                keys.add(r.key());
            }
        });
        List<FootnoteDraft> notes = new ArrayList<>();
        int next = 1;
        for (DocumentForm.FootnoteRow row : f.footnotes()) {
            if (row.isBlank()) {
                continue;
            }
            String n = row.n().strip();
            String text = row.text() == null ? "" : row.text().strip();
            String key = row.key() == null || row.key().isBlank() ? null : row.key();
            if (key == null) {
                while (keys.contains("fn" + next)) {
                    next++;
                }
                key = "fn" + next;
                keys.add(key);
            }
            FootnoteDraft before = saved.get(key);
            notes.add(before != null && before.n().equals(n) && Objects.equals(before.text(), text)
                    ? before : new FootnoteDraft(key, n, text));
        }
        return notes;
    }

    /**
     * The references read from a changed body, leading where the form said the same label led (the first row of
     * that label not used yet), else where the saved reference of that label led: the form shows a long document's
     * first {@link #REFERENCES_ON_FORM} references only, and the others keep their links. Linear in the references,
     * whatever their number.
     */
    private static List<ReferenceDraft> targets(List<ReferenceDraft> read, DocumentForm f, List<ReferenceDraft> saved) {
        Map<String, ArrayDeque<String>> rows = new HashMap<>();
        f.references().forEach(x -> rows.computeIfAbsent(String.valueOf(x.label()), k -> new ArrayDeque<>())
                .add(x.target() == null ? "" : x.target()));
        Map<String, ArrayDeque<String>> before = new HashMap<>();
        saved.forEach(x -> before.computeIfAbsent(String.valueOf(x.label()), k -> new ArrayDeque<>())
                .add(x.target() == null ? "" : x.target()));
        List<ReferenceDraft> refs = new ArrayList<>();
        for (ReferenceDraft r : read) {
            ArrayDeque<String> fromForm = rows.get(String.valueOf(r.label()));
            ArrayDeque<String> fromSaved = before.get(String.valueOf(r.label()));
            String target = fromForm != null && !fromForm.isEmpty() ? strip(fromForm.poll())
                    : fromSaved != null && !fromSaved.isEmpty() ? strip(fromSaved.poll()) : null;
            refs.add(target == null || target.isEmpty() || target.contains("#") ? r
                    : new ReferenceDraft(r.key(), r.kind(), r.number(), r.date(), r.label(), target));
        }
        return refs;
    }

    /** How many cross-references the edit form lists (a longer list would make the page itself the burden). */
    static final int REFERENCES_ON_FORM = 200;

    private static Integer[] pages(DocumentForm f, PlainTextForms.BodyText text) {
        // a page typed in the form wins (its number where it is arabic: "xii" has none); else the text's markers
        Integer first = strip(f.pageStart()) != null ? number(f.pageStart()) : text.pageStart();
        Integer last = strip(f.pageEnd()) != null ? number(f.pageEnd()) : text.pageEnd();
        return new Integer[] {first, last};
    }

    /** The fields of the form as a draft's, without its text (the merge page compares them field by field). */
    static DocumentDraft fields(DocumentForm f) {
        return draft(f, Body.EMPTY, List.of(), List.of(), new Integer[] {number(f.pageStart()), number(f.pageEnd())});
    }

    private static DocumentDraft draft(DocumentForm f, Body body, List<FootnoteDraft> notes, List<ReferenceDraft> refs,
                                       Integer[] pages) {
        List<String> handling = f.handling() == null ? List.of() : Arrays.stream(f.handling().split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new DocumentDraft(new Identification(f.type(), strip(f.title()), strip(f.sourceNote()), strip(f.fileNumber()),
                        strip(f.drafting())),
                new Dispatch(f.classification(), f.precedence(), strip(f.precedencePrinted()), handling,
                        strip(f.telegramNumber())),
                new Correspondence(new Party(f.senderRole(), f.senderName()), new Party(f.recipientRole(), f.recipientName()),
                        Participants.fromLines(f.participants()), date(f), strip(f.place())),
                new DocumentText(body, notes, refs, strip(f.distribution()), strip(f.signature())),
                new PrintedPages(pages[0], pages[1], strip(f.pageStart()), strip(f.pageEnd())));
    }

    private static DocumentDate date(DocumentForm f) {
        String from = strip(f.date());
        String until = strip(f.dateUntil());
        if (from == null) {
            return DocumentDate.UNDATED;
        }
        return until == null ? DocumentDate.parse(from) : DocumentDate.between(from, until);
    }

    /** The document's day for the year of references: its date, else the day its file number gives. */
    private static LocalDate day(DocumentForm f) {
        try {
            DocumentDate d = date(f);
            if (!d.isUndated()) {
                return d.earliest();
            }
        } catch (IllegalArgumentException e) {
            // checked before; an unreadable date gives no day
        }
        String fileNumber = strip(f.fileNumber());
        return fileNumber == null ? null : FileNumber.parse(fileNumber).date();
    }

    private static boolean looksDecimal(String s) {
        return s.length() > 4 && Character.isDigit(s.charAt(0)) && Character.isDigit(s.charAt(1))
                && Character.isDigit(s.charAt(2)) && s.indexOf('/') > 0 && !s.toLowerCase(Locale.ROOT).contains("lot");
    }

    static Integer number(String s) {
        String t = strip(s);
        return t == null || !t.chars().allMatch(Character::isDigit) || t.length() > 6 ? null : Integer.valueOf(t);
    }

    static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
