package org.cablearchive.ingest.plaintext;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.Party;

/**
 * Recognises a document's title ("head") and reads who wrote to whom from it: "The Charge in the Soviet Union
 * (Cumming) to the Secretary of State", "Memorandum of Conversation, by the Secretary of State", "Telegram From
 * the Embassy in Japan to the Department of State".
 */
final class TitleReader {

    private static final int LONGEST = 300;
    private static final Pattern NUMBER = Pattern.compile("^\\d{1,4}\\.\\s+");
    private static final Pattern TYPE_WORD = Pattern.compile("^(Circular Telegram|Telegram|Airgram|Memorandum"
            + "|Letter|Despatch|Dispatch|Editorial Note|Note|Paper|Minutes|Report|Message|Instruction|Aide-M[ée]moire"
            + "|Summary|Record|Intelligence|National Intelligence|Special Intelligence|Draft|Statement|Notes|Position Paper"
            + "|Department of State Position Paper)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREFIX = Pattern.compile("^(?:The |the )?(?:(?:Circular )?Telegram(?: \\d+)?|Airgram(?: [A-Z]?-?\\d+)?"
            + "|Letter|Despatch|Dispatch|Note|Message|Memorandum)?\\s*(?:From|by|from|By) ");

    private static final Pattern TO_BY = Pattern.compile("^\\p{L}+(?: \\p{L}+){0,3}? to (.+?),? by (.+)$");

    private TitleReader() {
    }

    /** A short line, not a sentence, that names a document type or reads "The X to the Y". */
    static boolean looksLikeTitle(String line) {
        if (line.length() > 2 * LONGEST) {
            return false;
        }
        String s = TextHygiene.squeeze(line);
        if (s.isEmpty() || s.length() > LONGEST || s.endsWith(".") || s.endsWith(",") || s.endsWith(";")) {
            return false;
        }
        Matcher n = NUMBER.matcher(s);
        String t = n.lookingAt() ? s.substring(n.end()) : s;
        if (TYPE_WORD.matcher(t).lookingAt()) {
            return true;
        }
        return (t.startsWith("The ") || t.startsWith("President ") || t.contains(") to "))
                && (t.contains(" to ") || t.contains(" by "));
    }

    /**
     * Right under a source note almost any short line is the title ("Department of State Position Paper",
     * "National Intelligence Estimate"): one that starts with a capital and does not end a sentence.
     */
    static boolean couldBeTitle(String line) {
        if (line.length() > 2 * LONGEST) {
            return false;
        }
        String s = TextHygiene.squeeze(line);
        // A numbered line is a title only when a type word follows the number (looksLikeTitle): "639. Re Embtel
        // 634" right under the source note is the text of a telegram that has no title.
        if (s.isEmpty() || s.length() > LONGEST || !Character.isUpperCase(s.charAt(0))) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return ".:;,?!".indexOf(last) < 0 && PageMarkers.lineMarker(s) == null;
    }

    /** The type the title's first words name, or {@link DocumentType#OTHER}. */
    static DocumentType type(String title) {
        if (title == null) {
            return DocumentType.OTHER;
        }
        Matcher n = NUMBER.matcher(title);
        String t = (n.lookingAt() ? title.substring(n.end()) : title).toLowerCase(Locale.ROOT);
        if (t.startsWith("memorandum of conversation") || t.startsWith("memorandum of a conversation")) {
            return DocumentType.MEMORANDUM_OF_CONVERSATION;
        }
        for (DocumentType type : new DocumentType[] {DocumentType.CIRCULAR_TELEGRAM, DocumentType.TELEGRAM,
            DocumentType.AIRGRAM, DocumentType.EDITORIAL_NOTE, DocumentType.MEMORANDUM, DocumentType.LETTER,
            DocumentType.DESPATCH, DocumentType.NOTE}) {
            String label = type.label().toLowerCase(Locale.ROOT);
            if (t.equals(label) || t.startsWith(label + " ") || t.startsWith(label + ",")) {
                return type;
            }
        }
        return t.startsWith("dispatch ") ? DocumentType.DESPATCH : DocumentType.OTHER;
    }

    /** Sender and recipient, {@link Party#NONE} where the title does not name them. */
    static Party[] parties(String title) {
        Party[] none = {Party.NONE, Party.NONE};
        if (title == null) {
            return none;
        }
        Matcher n = NUMBER.matcher(title);
        String t = n.lookingAt() ? title.substring(n.end()) : title;
        int by = t.indexOf(", by ");
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("memorandum of conversation") || lower.startsWith("memorandum of a conversation")) {
            return by < 0 ? none : new Party[] {party(t.substring(by + 5)), Party.NONE};
        }
        Matcher p = PREFIX.matcher(t);
        if (p.lookingAt()) {
            t = t.substring(p.end());
        } else if (TYPE_WORD.matcher(t).lookingAt()) {
            // "Report to the National Security Council by the Secretary of Defense (Forrestal)": the paper names
            // its recipient, then its author; "Paper Prepared in the Department of State" names neither.
            Matcher toBy = TO_BY.matcher(t);
            return toBy.matches() ? new Party[] {party(toBy.group(2)), party(toBy.group(1))} : none;
        }
        int split = splitAt(t);
        if (split < 0) {
            return by >= 0 ? new Party[] {party(t.substring(by + 5)), Party.NONE} : new Party[] {party(t), Party.NONE};
        }
        return new Party[] {party(t.substring(0, split)), party(t.substring(split + 4))};
    }

    /** Where " to " divides sender from recipient: right after a "(Name)" when there is one, else the first. */
    private static int splitAt(String t) {
        int afterName = t.indexOf(") to ");
        if (afterName >= 0) {
            return afterName + 1;
        }
        return t.indexOf(" to ");
    }

    /** "the Charge in the Soviet Union (Cumming)" → role "Charge in the Soviet Union", name "Cumming". */
    private static Party party(String printed) {
        String s = printed.strip();
        if (s.regionMatches(true, 0, "the ", 0, 4)) {
            s = s.substring(4);
        }
        if (s.endsWith(")")) {
            int open = s.lastIndexOf('(');
            if (open > 0) {
                return new Party(s.substring(0, open), s.substring(open + 1, s.length() - 1));
            }
        }
        return new Party(s, null);
    }
}
