package org.cablearchive.ingest.plaintext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.cablearchive.records.tei.text.Tokens;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.cablearchive.records.Classification;
import org.cablearchive.records.Precedence;

/**
 * The words printed above a telegram's text (1951: "top secret  priority" in small caps; later: "Secret; Niact
 * Immediate; Nodis."): classification, precedence and handling caveats, in any case, one per line or several on a
 * line separated by spaces, em spaces, semicolons or commas.
 */
final class Markings {

    private enum Kind { CLASSIFICATION, PRECEDENCE, HANDLING, FILLER }

    private record Word(Kind kind, Classification classification, Precedence precedence, String handling) { }

    private static final Map<String, Word> PHRASES = new HashMap<>();
    private static final int LONGEST = 5;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s;,/\\u2003]+");
    private static final Pattern DASHES = Pattern.compile("[\\-\\u2010\\u2011\\u2012\\u2013\\u2014_]+");

    static {
        for (Classification c : Classification.values()) {
            if (c != Classification.UNKNOWN) {
                PHRASES.put(c.label().toLowerCase(Locale.ROOT), new Word(Kind.CLASSIFICATION, c, null, null));
            }
        }
        for (String wording : Precedence.wordings()) {
            PHRASES.put(wording, new Word(Kind.PRECEDENCE, null, Precedence.fromMarking(wording).orElseThrow(), null));
        }
        // Caveats and transmission markings: the draft keeps them all in handling, in capitals.
        for (String h : List.of("NODIS", "EXDIS", "LIMDIS", "NOFORN", "STADIS", "EYES ONLY", "LITERALLY EYES ONLY",
                "EYES ONLY FOR THE SECRETARY", "FOR THE SECRETARY", "CHEROKEE", "ROGER CHANNEL", "NO DISTRIBUTION",
                "EXCLUSIVE DISTRIBUTION", "LIMITED DISTRIBUTION", "VERY LIMITED DISTRIBUTION", "SENSITIVE", "PERSONAL",
                "AIR POUCH", "PLAIN", "OFFICIAL–INFORMAL", "NOT FOR DISTRIBUTION")) {
            PHRASES.put(key(h), new Word(Kind.HANDLING, null, null, h));
        }
        PHRASES.put("and", new Word(Kind.FILLER, null, null, null));
    }

    private Markings() {
    }

    /** What one marking line or run says, and the words in it the reader does not know. */
    record Reading(List<Classification> classifications, List<Precedence> precedences, Set<String> handling,
                   List<String> unknown, int knownWords, List<String> precedenceWordings) {

        /** The precedence of this run in its printed words ("us urgent", "Operational Immediate"), or null. */
        String precedencePrinted() {
            return precedenceWordings.isEmpty() ? null : precedenceWordings.get(0);
        }

        /** A line of markings: at least one known marking, and no more unknown words than known ones. */
        boolean isMarkingLine() {
            boolean anyMarking = !classifications.isEmpty() || !precedences.isEmpty() || !handling.isEmpty();
            if (!anyMarking || unknown.size() > knownWords) {
                return false;
            }
            for (String u : unknown) {
                if (u.chars().anyMatch(Character::isDigit)) {
                    return false;
                }
            }
            return true;
        }

        /** Markings only: every word known. */
        boolean isPureRun() {
            return knownWords > 0 && unknown.isEmpty()
                    && (!classifications.isEmpty() || !precedences.isEmpty() || !handling.isEmpty());
        }
    }

    /** Reads a line or a run; never fails. */
    static Reading read(String text) {
        List<String> printed = new ArrayList<>();
        for (String token : SEPARATORS.split(text)) {
            String t = Tokens.stripPunctuation(token);
            for (String part : DASHES.split(t)) {
                if (!part.isEmpty()) {
                    printed.add(part);
                }
            }
        }
        List<Classification> cls = new ArrayList<>();
        List<Precedence> prec = new ArrayList<>();
        List<String> precWords = new ArrayList<>();
        Set<String> handling = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        int known = 0;
        int i = 0;
        while (i < printed.size()) {
            int matched = 0;
            Word word = null;
            for (int len = Math.min(LONGEST, printed.size() - i); len >= 1 && word == null; len--) {
                word = PHRASES.get(String.join(" ", printed.subList(i, i + len)).toLowerCase(Locale.ROOT));
                matched = len;
            }
            if (word == null) {
                unknown.add(printed.get(i));
                i++;
                continue;
            }
            known += matched;
            switch (word.kind()) {
                case CLASSIFICATION -> cls.add(word.classification());
                case PRECEDENCE -> {
                    prec.add(word.precedence());
                    precWords.add(String.join(" ", printed.subList(i, i + matched)));
                }
                case HANDLING -> handling.add(word.handling());
                default -> { }
            }
            i += matched;
        }
        return new Reading(cls, prec, handling, unknown, known, precWords);
    }

    private static String key(String phrase) {
        return phrase.toLowerCase(Locale.ROOT).replaceAll("[\\-\\u2013_]", " ");
    }
}
