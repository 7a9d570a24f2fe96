package org.cablearchive.records.tei.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablearchive.records.tei.text.Tokens;
import org.cablearchive.records.Classification;
import org.cablearchive.records.Precedence;

/**
 * Classification, precedence and handling as FRUS prints them: legacy small caps above the text
 * ({@code top secret &#x2003; priority}), or the {@code ;} run of a modern source note ("Secret; Niact Immediate;
 * Nodis."). A minimal counterpart of the plain-text reader's {@code Markings}, which is not visible from here.
 */
final class TeiMarkings {

    /** What a marking run says; null / empty where it says nothing. */
    record Reading(Classification classification, Precedence precedence, List<String> handling, String precedencePrinted) {

        static final Reading NONE = new Reading(null, null, List.of(), null);

        Reading(Classification classification, Precedence precedence, List<String> handling) {
            this(classification, precedence, handling, null);
        }

        boolean any() {
            return classification != null || precedence != null || !handling.isEmpty();
        }

        /** This reading completed by another: what this one lacks, the other gives; handling of both. */
        Reading and(Reading other) {
            if (!other.any()) {
                return this;
            }
            Set<String> both = new LinkedHashSet<>(handling);
            both.addAll(other.handling());
            boolean mine = precedence != null;
            return new Reading(classification != null ? classification : other.classification(),
                    mine ? precedence : other.precedence(), List.copyOf(both),
                    mine ? precedencePrinted : other.precedencePrinted());
        }
    }

    private static final int LONGEST = 5;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s;,/\\u2003\\u00A0]+");
    private static final Pattern DASHES = Pattern.compile("[\\-\\u2010-\\u2014_]+");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.(?:\\s+|$)");
    private static final Map<String, String> HANDLING = new HashMap<>();

    static {
        for (String h : List.of("NODIS", "EXDIS", "LIMDIS", "NOFORN", "STADIS", "EYES ONLY", "LITERALLY EYES ONLY",
                "EYES ONLY FOR THE SECRETARY", "FOR THE SECRETARY", "CHEROKEE", "ROGER CHANNEL", "NO DISTRIBUTION",
                "EXCLUSIVE DISTRIBUTION", "LIMITED DISTRIBUTION", "VERY LIMITED DISTRIBUTION", "SENSITIVE", "PERSONAL",
                "AIR POUCH", "PLAIN", "OFFICIAL–INFORMAL", "NOT FOR DISTRIBUTION")) {
            HANDLING.put(key(h), h);
        }
    }

    private TeiMarkings() {
    }

    /**
     * A legacy marking line (the {@code seg} above the text): accepted when it names at least one marking and
     * has no more unknown words than known ones and no unknown word with digits ("No. 2891" is a despatch number).
     */
    static Reading line(String text) {
        Scan scan = scan(text);
        return scan.reading().any() && !scan.digits() && scan.unknown() <= scan.known() ? scan.reading() : Reading.NONE;
    }

    private record Scan(Reading reading, int known, int unknown, boolean digits) { }

    private static Scan scan(String text) {
        List<String> words = words(text);
        boolean digits = false;
        Classification c = null;
        Precedence p = null;
        String printed = null;
        Set<String> handling = new LinkedHashSet<>();
        int known = 0;
        int unknown = 0;
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            for (int len = Math.min(LONGEST, words.size() - i); len >= 1 && matched == 0; len--) {
                String phrase = String.join(" ", words.subList(i, i + len));
                Optional<Classification> cls = Classification.fromMarking(phrase);
                Optional<Precedence> prec = Precedence.fromMarking(phrase);
                if (cls.isPresent()) {
                    c = c == null ? cls.get() : c;
                    matched = len;
                } else if (prec.isPresent()) {
                    if (p == null) {
                        p = prec.get();
                        printed = asPrinted(text, words.subList(i, i + len));
                    }
                    matched = len;
                } else if (HANDLING.containsKey(phrase)) {
                    handling.add(HANDLING.get(phrase));
                    matched = len;
                } else if (len == 1 && phrase.equals("and")) {
                    matched = 1;
                }
            }
            if (matched == 0) {
                digits |= words.get(i).chars().anyMatch(Character::isDigit);
                unknown++;
                i++;
            } else {
                known += matched;
                i += matched;
            }
        }
        return new Scan(new Reading(c, p, List.copyOf(handling), printed), known, unknown, digits);
    }

    /**
     * The run of a modern source note: the first sentence after the citation whose first {@code ;} item is a
     * classification ("Top Secret; Priority; Nodis."). Its other items are precedence or handling; an item the
     * reader does not know ("Paris Meetings/Plus") is a caption, kept in handling in capitals as printed.
     */
    static Reading sourceNote(String note) {
        if (note == null) {
            return Reading.NONE;
        }
        int source = note.indexOf("Source:");
        String text = source >= 0 ? note.substring(source + 7) : note;
        String[] sentences = SENTENCE_END.split(text);
        for (int s = 1; s < sentences.length; s++) {
            String[] items = sentences[s].split(";");
            if (Classification.fromMarking(items[0]).isEmpty()) {
                continue;
            }
            Classification c = Classification.fromMarking(items[0]).get();
            Precedence p = null;
            String printed = null;
            Set<String> handling = new LinkedHashSet<>();
            for (int k = 1; k < items.length; k++) {
                String item = items[k].strip();
                Scan scan = scan(item);
                Reading r = scan.reading();
                if (scan.unknown() == 0 && r.any()) {
                    if (p == null && r.precedence() != null) {
                        p = r.precedence();
                        printed = r.precedencePrinted();
                    }
                    handling.addAll(r.handling());
                } else if (!item.isEmpty() && item.split("\\s+").length <= 5 && item.chars().noneMatch(Character::isDigit)) {
                    handling.add(item.toUpperCase(Locale.ROOT));
                }
            }
            return new Reading(c, p, List.copyOf(handling), printed);
        }
        return Reading.NONE;
    }

    /**
     * The words of a marking as the text prints them ("us urgent", "Operational Immediate", "NIACT"), found again in
     * the text from their lower-cased reading; the reading itself when the text cannot be matched.
     */
    static String asPrinted(String text, List<String> words) {
        StringBuilder regex = new StringBuilder();
        for (String w : words) {
            regex.append(regex.length() == 0 ? "" : "[^\\p{L}\\p{N}]+").append(Pattern.quote(w));
        }
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + regex + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        return m.find() ? m.group().replaceAll("\\s+", " ") : String.join(" ", words);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String token : SEPARATORS.split(text)) {
            for (String part : DASHES.split(Tokens.stripPunctuation(token))) {
                if (!part.isEmpty()) {
                    words.add(part.toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }

    private static String key(String phrase) {
        return String.join(" ", words(phrase));
    }
}
