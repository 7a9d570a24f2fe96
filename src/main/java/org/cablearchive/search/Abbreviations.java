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
 * The glossary as the search reads it: an abbreviation ("Sov", "Embtel", "GOI") and its expansions ("Soviet",
 * "embassy telegram", "Government of India") are alternatives of one another, so that either finds exactly what the
 * other finds. Read from the glossary and kept for a minute, so that terms that came with a new volume count soon
 * without a query per search.
 */
@Component
class Abbreviations {

    /** Expansions longer than this are definitions, not what anyone types in place of the abbreviation. */
    static final int LONGEST_EXPANSION = 4;
    /** At most this many ways of writing one term (each word of an expansion may have alternatives of its own). */
    static final int FORMS = 32;
    private static final Duration KEEP = Duration.ofMinutes(1);

    private final Glossary glossary;
    private volatile Table table;

    Abbreviations(Glossary glossary) {
        this.glossary = glossary;
    }

    /**
     * One unit of a query: a word, or a glossary term of several words, with every way of writing it
     * ({@code forms}, the unit as typed first). A unit matches a document that holds any of its forms, a form of
     * several words as a phrase. A term and each of its alternatives have the same forms, whichever is typed.
     */
    record Unit(List<List<String>> forms, int length) {
        /** True when the unit is a word the glossary does not know: its only form is itself. */
        boolean plain() {
            return length == 1 && forms.size() == 1;
        }
    }

    private record Table(Map<String, Set<List<String>>> alternatives, int longest, Instant read) { }

    /**
     * Splits a run of words into units: a glossary term of several words (the longest that fits, its words read
     * with any of their alternatives, so that "Govt of India" is seen as "Government of India") is one unit, any
     * other word a unit of its own.
     */
    List<Unit> units(List<String> words) {
        Table t = table();
        List<Unit> units = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int taken = 1;
            Set<List<String>> alternatives = new LinkedHashSet<>();
            for (int len = Math.min(t.longest(), words.size() - i); len >= 2 && alternatives.isEmpty(); len--) {
                for (List<String> variant : combinations(slots(t, words.subList(i, i + len)), FORMS)) {
                    alternatives.addAll(t.alternatives().getOrDefault(key(variant), Set.of()));
                }
                taken = len;
            }
            if (alternatives.isEmpty()) {
                taken = 1;
                alternatives.addAll(t.alternatives().getOrDefault(key(List.of(words.get(i))), Set.of()));
            }
            Set<List<String>> forms = new LinkedHashSet<>(combinations(slots(t, words.subList(i, i + taken)), FORMS));
            for (List<String> alternative : alternatives) {
                // An alternative is written in all the ways its own words may be, as the typed term is.
                for (List<String> form : combinations(slots(t, alternative), FORMS)) {
                    if (forms.size() < FORMS) {
                        forms.add(form);
                    }
                }
            }
            units.add(new Unit(List.copyOf(forms), taken));
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
            List<List<String>> next = new ArrayList<>();
            for (List<String> v : variants) {
                for (List<String> form : u.forms()) {
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
