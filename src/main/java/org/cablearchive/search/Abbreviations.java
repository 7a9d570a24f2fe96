package org.cablearchive.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cablearchive.people.Glossary;
import org.cablearchive.people.GlossaryEntry;
import org.springframework.stereotype.Component;

/**
 * The glossary as the search reads it: an abbreviation ("Sov", "Embtel") and its expansions ("Soviet",
 * "embassy telegram") are alternatives of one another, so that either finds both. Read from the glossary and
 * kept for a minute, so that terms that came with a new volume count soon without a query per search.
 */
@Component
class Abbreviations {

    /** Expansions longer than this are definitions, not what anyone types in place of the abbreviation. */
    static final int LONGEST_EXPANSION = 4;
    private static final Duration KEEP = Duration.ofMinutes(1);

    private final Glossary glossary;
    private volatile Table table;

    Abbreviations(Glossary glossary) {
        this.glossary = glossary;
    }

    /**
     * One unit of a query: its words, each with the single words that may stand for it ({@code slots}, all to be
     * matched), or else one of {@code phrases}, the terms of several words (or one) the glossary gives for it.
     */
    record Unit(List<List<String>> slots, List<List<String>> phrases) { }

    private record Table(Map<String, Set<List<String>>> alternatives, int longest, Instant read) { }

    /**
     * Splits a run of words into units: a glossary term of several words (the longest that fits, the words read
     * with any of their alternatives, so that "Sov Govt" is seen as "Soviet Government") is one unit, any other
     * word a unit of its own.
     */
    List<Unit> units(List<String> words) {
        Table t = table();
        List<Unit> units = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int taken = 1;
            Set<List<String>> phrases = new LinkedHashSet<>();
            for (int len = Math.min(t.longest(), words.size() - i); len >= 2 && phrases.isEmpty(); len--) {
                for (List<String> variant : combinations(slots(t, words.subList(i, i + len)), 64)) {
                    phrases.addAll(t.alternatives().getOrDefault(key(variant), Set.of()));
                }
                taken = len;
            }
            if (phrases.isEmpty()) {
                taken = 1;
                for (List<String> alt : t.alternatives().getOrDefault(key(List.of(words.get(i))), Set.of())) {
                    if (alt.size() > 1) {
                        phrases.add(alt);
                    }
                }
            }
            units.add(new Unit(slots(t, words.subList(i, i + taken)), List.copyOf(phrases)));
            i += taken;
        }
        return units;
    }

    /** Each word with the single words the glossary gives as its alternatives (the word first). */
    private static List<List<String>> slots(Table t, List<String> words) {
        List<List<String>> slots = new ArrayList<>();
        for (String w : words) {
            List<String> slot = new ArrayList<>();
            slot.add(w);
            for (List<String> alt : t.alternatives().getOrDefault(key(List.of(w)), Set.of())) {
                if (alt.size() == 1 && !slot.contains(alt.get(0))) {
                    slot.add(alt.get(0));
                }
            }
            slots.add(slot);
        }
        return slots;
    }

    /** Every way of picking one word from each slot, in order, at most {@code limit} of them. */
    private static List<List<String>> combinations(List<List<String>> slots, int limit) {
        List<List<String>> all = new ArrayList<>();
        all.add(new ArrayList<>());
        for (List<String> slot : slots) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : all) {
                for (String w : slot) {
                    if (next.size() < limit) {
                        List<String> c = new ArrayList<>(prefix);
                        c.add(w);
                        next.add(c);
                    }
                }
            }
            all = next;
        }
        return all;
    }

    /** The ways of writing a phrase with its glossary terms swapped for their alternatives (the phrase first). */
    List<List<String>> phraseVariants(List<String> words, int limit) {
        List<List<String>> variants = new ArrayList<>();
        variants.add(new ArrayList<>());
        for (Unit u : units(words)) {
            List<List<String>> forms = new ArrayList<>(combinations(u.slots(), limit));
            forms.addAll(u.phrases());
            List<List<String>> next = new ArrayList<>();
            for (List<String> v : variants) {
                for (List<String> form : forms) {
                    if (next.size() < limit) {
                        List<String> w = new ArrayList<>(v);
                        w.addAll(form);
                        next.add(w);
                    }
                }
            }
            variants = next;
        }
        return variants;
    }

    private Table table() {
        Table t = table;
        if (t == null || t.read().plus(KEEP).isBefore(Instant.now())) {
            t = read();
            table = t;
        }
        return t;
    }

    private Table read() {
        Map<String, Set<List<String>>> alternatives = new HashMap<>();
        int longest = 1;
        for (GlossaryEntry e : glossary.entries()) {
            List<String> abbreviation = QueryText.words(e.abbreviation());
            List<String> expansion = QueryText.words(e.expansion());
            if (abbreviation.isEmpty() || expansion.isEmpty() || expansion.size() > LONGEST_EXPANSION
                    || abbreviation.size() > LONGEST_EXPANSION || key(abbreviation).equals(key(expansion))) {
                continue;
            }
            alternatives.computeIfAbsent(key(abbreviation), k -> new LinkedHashSet<>()).add(expansion);
            alternatives.computeIfAbsent(key(expansion), k -> new LinkedHashSet<>()).add(abbreviation);
            longest = Math.max(longest, Math.max(abbreviation.size(), expansion.size()));
        }
        return new Table(alternatives, longest, Instant.now());
    }

    /** Words compared without case and without a plural s at the end ("telegrams" is "telegram"). */
    private static String key(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
        }
        return sb.toString();
    }
}
