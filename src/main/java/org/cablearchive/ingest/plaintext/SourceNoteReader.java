package org.cablearchive.ingest.plaintext;

import java.util.Optional;
import java.util.regex.Pattern;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.FileNumber;

/**
 * Recognises and reads a source note. Legacy notes (to 1963) are a decimal file number or a lot file, with the
 * document type after ": " ("611.61/10–1551: Telegram", "S/P Files: Lot 64 D 563"); modern ones begin "Source:"
 * and give the classification run after the citation ("Source: National Archives, RG 59, Central Files 1967–69,
 * POL 27 VIET S. Secret; Immediate; Nodis.").
 */
final class SourceNoteReader {

    /** The note as printed, the file number in it, the type it names, and the markings of a modern note. */
    record SourceNote(String text, String fileNumber, DocumentType type, Markings.Reading markings) { }

    private static final int LONGEST_LEGACY = 300;
    // "611.61/10–1551", "795.00 (Korea)/6–2551", "761.00R/1–249", and before the dated files "103.93/644"
    private static final Pattern DECIMAL = Pattern.compile("^" + FileNumber.DECIMAL_SUBJECT + "/(?:"
            + FileNumber.DECIMAL_DATE + "|\\d{1,6}(?![0-9\\u2010-\\u2014\\-]))");
    // Named collections: "S/P Files: 64 D 563", "INR–NIE Files" (printed once as "Flies"), "Secretary's Memoranda".
    private static final Pattern COLLECTION = Pattern.compile("\\b(?:Files|Flies|Papers|Memoranda|Records)\\b(?::|$)");
    private static final Pattern LOT = Pattern.compile("\\bLot\\s+\\d+\\s*[A-Z]\\s*\\d+", Pattern.CASE_INSENSITIVE);

    private SourceNoteReader() {
    }

    static boolean isModern(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        if (i < line.length() && line.charAt(i) == '[') {
            i++;
        }
        return line.regionMatches(true, i, "source:", 0, 7);
    }

    /** Whether a header line is a source note. */
    static boolean looksLikeSourceNote(String line) {
        if (isModern(line)) {
            return true;
        }
        if (line.length() > 2 * LONGEST_LEGACY) {
            return false;
        }
        String s = TextHygiene.squeeze(line);
        if (s.length() > LONGEST_LEGACY) {
            return false;
        }
        return DECIMAL.matcher(s).lookingAt() || LOT.matcher(s).find() || DocumentType.fromSourceNote(s).isPresent() && s.length() < 200
                || s.length() <= 120 && !s.endsWith(".") && COLLECTION.matcher(s).find();
    }

    static SourceNote read(String printed) {
        String text = TextHygiene.squeeze(printed);
        if (isModern(text)) {
            return modern(text);
        }
        Optional<DocumentType> type = DocumentType.fromSourceNote(text);
        String file = type.isPresent() ? text.substring(0, text.lastIndexOf(':')).strip() : text;
        return new SourceNote(text, file.isEmpty() ? null : file, type.orElse(null), null);
    }

    /** The citation is the file number; the first sentence made only of markings is the classification run. */
    private static SourceNote modern(String text) {
        String inner = text.startsWith("[") ? text.substring(1) : text;
        inner = inner.substring(inner.indexOf(':') + 1);
        int sentenceStart = 0;
        Markings.Reading markings = null;
        int citationEnd = -1;
        while (sentenceStart < inner.length()) {
            int stop = inner.indexOf(". ", sentenceStart);
            int end = stop < 0 ? inner.length() : stop + 1;
            String sentence = inner.substring(sentenceStart, end);
            Markings.Reading r = Markings.read(sentence);
            if (sentenceStart > 0 && r.isPureRun()) {
                markings = r;
                citationEnd = sentenceStart;
                break;
            }
            sentenceStart = end;
        }
        String citation = (citationEnd < 0 ? inner : inner.substring(0, citationEnd)).strip();
        while (citation.endsWith(".") || citation.endsWith("]")) {
            citation = citation.substring(0, citation.length() - 1).strip();
        }
        return new SourceNote(text, citation.isEmpty() ? null : citation, null, markings);
    }
}
