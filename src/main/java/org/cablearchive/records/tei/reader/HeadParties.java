package org.cablearchive.records.tei.reader;

import static org.cablearchive.records.tei.TeiNames.GLOSS;
import static org.cablearchive.records.tei.TeiNames.NOTE;
import static org.cablearchive.records.tei.TeiNames.PERS_NAME;
import static org.cablearchive.records.tei.TeiNames.TYPE;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.Party;

/**
 * Sender and recipient of a document from its head. The markup decides where it has any ({@code gloss} or
 * {@code persName} with {@code type="from"|"to"}: the gloss gives the role, the persName the name); the printed
 * title fills in the rest, read like the plain-text reader's {@code TitleReader} reads it ("The Chargé in the
 * Soviet Union (Kennan) to the Secretary of State"), which is package-private there and so restated minimally here.
 */
final class HeadParties {

    // "Telegram From", "Telegram 1234 From", "Telegram C 58575 From", "Telegram 123/Tosec 45 From", "Airgram A–1043 From"
    private static final Pattern PREFIX = Pattern.compile("^(?:The |the )?(?:(?:Circular )?(?:Telegram|Cablegram|Airgram)"
            + "(?: (?:[A-Z]{1,3}[\\-\\u2010-\\u2014 ]?)?\\d+(?:/[A-Za-z]+ \\d+)?)?"
            + "|Letter|Despatch|Dispatch|Note|Message|Memorandum|Report)?\\s*(?:From|by|from|By) ");
    // Heads that name a paper, not who wrote to whom: "Address by President Nixon to the Nation", "Radio Remarks…"
    private static final Pattern NOT_A_PARTY = Pattern.compile("^(?:Address|Remarks|Speech|Statement|Toast|Radio|Television"
            + "|Televised|News Conference|Press Conference|Transcript|Summary|Minutes|Notes|Paper|Study|Proclamation|Communiqu"
            + "|Joint|Agreement|Treaty|Convention|Protocol|Exchange|Conversation|Discussion|Meeting|Editorial|Draft|Oral"
            + "|Message|Instructions?|Circular|Aide|Record|Report|Letter|Memorandum|Telegram|Airgram|Despatch|Note)\\b",
            Pattern.CASE_INSENSITIVE);
    // A date ("Moscow, July 29. Soviet reaction…"): a summary of a paper, not a party.
    private static final Pattern DATE_OR_SENTENCE = Pattern.compile("\\b(?:January|February|March|April|May|June|July"
            + "|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.? \\d{1,2}\\b");
    private static final Pattern TYPE_WORD = Pattern.compile("^(?:Circular Telegram|Telegram|Airgram|Memorandum|Letter"
            + "|Despatch|Dispatch|Editorial Note|Note|Paper|Minutes|Report|Message|Instruction|Summary|Record|Intelligence"
            + "|National Intelligence|Special Intelligence|Draft|Statement|Notes|Position Paper|Transcript|Talking Points"
            + "|Briefing Paper|Oral Statement)\\b", Pattern.CASE_INSENSITIVE);

    private HeadParties() {
    }

    /**
     * {sender, recipient}; {@link Party#NONE} where neither markup nor title names one. The people of a memorandum
     * of conversation talked with each other: even where the head marks them {@code from} and {@code to}, they are
     * participants, not sender and recipient; only its author ("…, by the Secretary of State") is its sender.
     */
    static Party[] read(El head, String title, DocumentType type) {
        Party[] printed = fromTitle(title);
        if (head == null) {
            return printed;
        }
        if (type == DocumentType.MEMORANDUM_OF_CONVERSATION) {
            return new Party[] {printed[0].known() ? merge(head, "from", printed[0]) : Party.NONE, Party.NONE};
        }
        return new Party[] {merge(head, "from", printed[0]), merge(head, "to", printed[1])};
    }

    private static Party merge(El head, String type, Party printed) {
        El gloss = head.first(e -> e.isTei(NOTE), e -> e.isTei(GLOSS) && type.equals(e.attr(TYPE)));
        El person = head.first(e -> e.isTei(NOTE), e -> e.isTei(PERS_NAME) && type.equals(e.attr(TYPE)));
        if (gloss == null && person == null) {
            return printed;
        }
        String name = person != null ? TeiText.withoutNotes(person) : printed.name();
        String role = gloss != null ? withoutArticle(TeiText.withoutNotes(gloss)) : printed.role();
        if (role != null && name != null && role.endsWith(" " + name)) {
            role = role.substring(0, role.length() - name.length() - 1); // "President Nixon" → "President"
        }
        if (role != null && name != null && role.equals(name)) {
            role = null; // the title printed only the name
        }
        return new Party(role, name);
    }

    /** Sender and recipient as the title prints them: "X to Y", "Memorandum of Conversation, by X". */
    static Party[] fromTitle(String title) {
        Party[] none = {Party.NONE, Party.NONE};
        if (title == null) {
            return none;
        }
        String t = title.replaceFirst("^(?:No\\. )?\\d{1,5}\\.?\\s+(?=\\p{Lu})", "");
        int by = t.indexOf(", by ");
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("memorandum of conversation") || lower.startsWith("memorandum of a conversation")) {
            return by < 0 ? none : new Party[] {party(t.substring(by + 5)), Party.NONE};
        }
        Matcher p = PREFIX.matcher(t);
        boolean typed = p.lookingAt();
        if (typed) {
            t = t.substring(p.end());
        } else if (TYPE_WORD.matcher(t).lookingAt()) {
            return none; // "Paper Prepared in the Department of State": nobody is named as sender or recipient
        }
        int split = t.indexOf(") to ");
        split = split >= 0 ? split + 1 : t.indexOf(" to ");
        if (split < 0) {
            if (by >= 0) {
                return new Party[] {party(t.substring(by + 5)), Party.NONE};
            }
            // "Telegram From the Embassy in Japan" names a sender; "National Security Study Memorandum 9" nobody.
            return typed ? new Party[] {party(t), Party.NONE} : none;
        }
        String from = t.substring(0, split);
        if (DATE_OR_SENTENCE.matcher(from).find()) {
            return none; // "Telegram 286 from Moscow, July 29. Soviet reaction to…": a summary, not "X to Y"
        }
        if (!typed && (NOT_A_PARTY.matcher(from).lookingAt() || from.contains(" by "))) {
            return none; // "Address by President Nixon to the Nation": a paper and its audience, not a sender
        }
        return new Party[] {party(from), party(t.substring(split + 4))};
    }

    /** "the Charge in the Soviet Union (Cumming)" → role "Charge in the Soviet Union", name "Cumming". */
    private static Party party(String printed) {
        String s = withoutArticle(printed.strip());
        if (DATE_OR_SENTENCE.matcher(s).find()) {
            return Party.NONE; // "Moscow, July 29. Soviet reaction…": a microfiche summary, no one's title
        }
        if (s.endsWith(")")) {
            int open = s.lastIndexOf('(');
            if (open > 0) {
                return new Party(s.substring(0, open), s.substring(open + 1, s.length() - 1));
            }
        }
        return new Party(s, null);
    }

    private static String withoutArticle(String s) {
        return s.regionMatches(true, 0, "the ", 0, 4) ? s.substring(4) : s;
    }
}
