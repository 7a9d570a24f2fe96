package org.cablearchive.records.tei.reader;

import static org.cablearchive.records.tei.TeiNames.CLOSER;
import static org.cablearchive.records.tei.TeiNames.HEAD;
import static org.cablearchive.records.tei.TeiNames.N;
import static org.cablearchive.records.tei.TeiNames.NOTE;
import static org.cablearchive.records.tei.TeiNames.OPENER;
import static org.cablearchive.records.tei.TeiNames.P;
import static org.cablearchive.records.tei.TeiNames.PLACE_NAME;
import static org.cablearchive.records.tei.TeiNames.SEG;
import static org.cablearchive.records.tei.TeiNames.SIGNED;
import static org.cablearchive.records.tei.TeiNames.SUBTYPE;
import static org.cablearchive.records.tei.TeiNames.TYPE;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.FileNumber;

/**
 * The catalogue fields of a document div as FRUS encodes them in both styles: legacy (1951: inline source note
 * before the head, file number and ": Telegram", small-caps markings in the opener) and modern (numbered head
 * with the source note as footnote 1, markings in that note). See TEI-NOTES §4–§10.
 */
final class DocumentFields {

    // "Telegram 1234 From…", "Telegram C 58575", "Airgram A–1043", "Telegram 123/Tosec 45 From the Secretary's
    // Delegation…" (the number, without its series number)
    private static final Pattern HEAD_TELEGRAM = Pattern.compile(
            "\\b(?:[Tt]elegram|TELEGRAM|[Cc]ablegram|[Aa]irgram) ((?:[A-Z]{1,3}[\\-\\u2010-\\u2014 ]?)?\\d+)(?![\\p{L}\\p{N}])");
    // "6045. Embtel 6044…"; "A–227. A special briefing…"; also "96244/Todel 2840. 1. Dobrynin…" (a number with its
    // series number)
    private static final Pattern LEADING_NUMBER = Pattern.compile(
            "^((?:[A-Z]{1,3}[\\-\\u2010-\\u2014 ]?)?\\d+)(?:/[A-Za-z]+ \\d+)?\\.(?:\\s|$)");
    // A decimal file "611.61/10–1551", "110.15 RU/5–2151", "795.00 (Korea)/6–2551", as in records.FileNumber.
    private static final Pattern DECIMAL_FILE = Pattern.compile(
            "\\b" + FileNumber.DECIMAL_SUBJECT + "/" + FileNumber.DECIMAL_DATE);
    private static final Pattern SENTENCE = Pattern.compile("\\.\\s+");

    private final El div;
    private final El head;
    private final El legacyNote;
    private final El modernNote;

    DocumentFields(El div) {
        this.div = div;
        this.head = div.child(HEAD);
        this.legacyNote = legacyNote(div);
        this.modernNote = legacyNote != null ? null
                : div.first(e -> e.isFrus("attachment"), e -> e.isTei(NOTE) && "source".equals(e.attr(TYPE)));
    }

    El head() {
        return head;
    }

    /** The head's text without notes; a leading "{@n}. " is dropped so that modern titles read like 1951 ones. */
    String title() {
        if (head == null) {
            return null;
        }
        String t = TeiText.withoutNotes(head);
        String n = div.attr(N);
        if (n != null && !n.isBlank() && t.startsWith(n.strip() + ". ")) {
            t = t.substring(n.strip().length() + 2).strip();
        }
        return TeiText.blankToNull(t);
    }

    /** The source note's text: legacy inline note, the head's note type="source", or a "[Source: …]" p/note. */
    String sourceNote() {
        if (legacyNote != null) {
            return TeiText.blankToNull(TeiText.all(legacyNote));
        }
        if (modernNote != null) {
            return TeiText.blankToNull(TeiText.all(modernNote));
        }
        for (El e : div.elements()) {
            if ((e.isTei(P) || e.isTei(NOTE)) && (TeiText.startsWith(e, "[Source:") || TeiText.startsWith(e, "Source:"))) {
                return TeiText.all(e);
            }
        }
        return null;
    }

    boolean legacy() {
        return legacyNote != null;
    }

    /** Legacy: the note before ": Type" (all of it when no type follows). Modern: a decimal file, when one is cited. */
    String fileNumber(String sourceNote) {
        if (sourceNote == null) {
            return null;
        }
        if (legacyNote != null) {
            int colon = sourceNote.lastIndexOf(':');
            String file = DocumentType.fromSourceNote(sourceNote).isPresent() ? sourceNote.substring(0, colon).strip() : sourceNote;
            return TeiText.blankToNull(file);
        }
        Matcher m = DECIMAL_FILE.matcher(sourceNote);
        if (m.find()) {
            String found = m.group();
            return m.find() ? null : found; // two files cited: not clearly one
        }
        // A subject-numeric file (1963–73) ends the citation: "Central Files 1967–69, POL 27 VIET S. Secret; …"
        for (String sentence : SENTENCE.split(sourceNote)) {
            FileNumber file = FileNumber.parse(sentence.isBlank() ? "-" : sentence);
            if (file.kind() == FileNumber.Kind.SUBJECT_NUMERIC) {
                return file.subject();
            }
        }
        return null;
    }

    DocumentType type(String title, String sourceNote) {
        if ("editorial-note".equals(div.attr(SUBTYPE))) {
            return DocumentType.EDITORIAL_NOTE;
        }
        if (legacyNote != null && sourceNote != null) {
            Optional<DocumentType> t = DocumentType.fromSourceNote(sourceNote);
            if (t.isPresent()) {
                return t.get();
            }
        }
        return titleType(title);
    }

    /** The type a title's first words name ("Telegram From…", "Memorandum of Conversation"), else OTHER. */
    static DocumentType titleType(String title) {
        if (title == null) {
            return DocumentType.OTHER;
        }
        // a number the title kept (it differs from @n) does not hide the type word after it
        String t = title.toLowerCase(Locale.ROOT).replaceFirst("^\\d{1,5}\\.\\s+", "");
        if (t.startsWith("editorial note")) {
            return DocumentType.EDITORIAL_NOTE;
        }
        if (t.startsWith("memorandum of conversation") || t.startsWith("memorandum of a conversation")) {
            return DocumentType.MEMORANDUM_OF_CONVERSATION;
        }
        if (t.startsWith("circular telegram")) {
            return DocumentType.CIRCULAR_TELEGRAM;
        }
        // A cablegram is a telegram sent by cable (World War I volumes).
        if (t.matches("^(?:telegram|cablegram)\\b.*")) {
            return DocumentType.TELEGRAM;
        }
        if (t.matches("^(?:circular )?airgram\\b.*")) {
            return DocumentType.AIRGRAM;
        }
        if (t.matches("^(?:despatch|dispatch)\\b.*")) {
            return DocumentType.DESPATCH;
        }
        if (t.matches("^letter\\b.*")) {
            return DocumentType.LETTER;
        }
        if (t.matches("^memorandum\\b.*")) {
            return DocumentType.MEMORANDUM;
        }
        if (t.matches("^note(?: (?:from|to|by)\\b.*)?$")) {
            return DocumentType.NOTE;
        }
        return DocumentType.OTHER;
    }

    /** "Telegram NNN" in the head, else the leading "NNN." of the first paragraph, for telegram-like types only. */
    String telegramNumber(String title, DocumentType type) {
        if (type != DocumentType.TELEGRAM && type != DocumentType.CIRCULAR_TELEGRAM && type != DocumentType.AIRGRAM
                && (title == null || !title.matches("^(?:\\d{1,5}\\.\\s+)?(?:Telegram|Cablegram|Airgram)\\b.*"))) {
            return null;
        }
        if (title != null) {
            Matcher m = HEAD_TELEGRAM.matcher(title);
            if (m.find()) {
                return m.group(1);
            }
        }
        El p = div.first(e -> TeiDates.outsideDocument(e) || e.isTei(HEAD), e -> e.isTei(P));
        if (p == null) {
            return null;
        }
        Matcher m = LEADING_NUMBER.matcher(TeiText.withoutNotes(p));
        return m.find() ? m.group(1) : null;
    }

    /**
     * Legacy markings: the first {@code seg} of the document's openers that reads as markings ("top secret
     * &#x2003; priority"; not "No. 2891", a despatch number). NONE when there is none.
     */
    TeiMarkings.Reading openerMarkings() {
        TeiMarkings.Reading[] found = {TeiMarkings.Reading.NONE};
        div.descendants(TeiDates::outsideDocument, opener -> {
            if (opener.isTei(OPENER) && !found[0].any()) {
                // The markings of one opener may stand in several segs ("personal and" / "top secret").
                opener.descendants(e -> e.isTei(NOTE), seg -> {
                    if (seg.isTei(SEG)) {
                        found[0] = found[0].and(TeiMarkings.line(TeiText.withoutNotes(seg)));
                    }
                });
            }
        });
        return found[0];
    }

    /** The text of the first {@code closer/signed} of the document itself, notes left out. */
    String signature() {
        El closer = div.first(TeiDates::outsideDocument, e -> e.isTei(CLOSER));
        El signed = closer == null ? null : closer.first(e -> e.isTei(NOTE), e -> e.isTei(SIGNED));
        return signed == null ? null : TeiText.blankToNull(TeiText.withoutNotes(signed));
    }

    static String place(El dateline) {
        El place = dateline == null ? null : dateline.first(e -> e.isTei(NOTE), e -> e.isTei(PLACE_NAME));
        return place == null ? null : TeiText.blankToNull(TeiText.withoutNotes(place));
    }

    /** The legacy source note: a note type="source" without xml:id among the div's children (before the head). */
    private static El legacyNote(El div) {
        for (El e : div.elements()) {
            if (e.isTei(NOTE) && "source".equals(e.attr(TYPE)) && e.xmlId() == null) {
                return e;
            }
        }
        return null;
    }

}
