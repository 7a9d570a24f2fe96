package org.cablearchive.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The glossary as the app's search applies it at query time (search.Abbreviations, read from the same
 * {@code glossary_term} rows), so that bare Lucene and PostgreSQL do the same work for "Sov Govt" or
 * "foreign minister": a run of words is split into units, each word read with its one-word alternatives, a
 * glossary term of several words matched also as any of its other forms.
 */
final class QueryGlossary {

    private static final int LONGEST_EXPANSION = 4;

    /** A unit: its words with their alternatives (all to be matched), or one of the phrases. */
    record Unit(List<List<String>> slots, List<List<String>> phrases) { }

    private final Map<String, Set<List<String>>> alternatives = new HashMap<>();
    private int longest = 1;

    static QueryGlossary read(Connection db) throws SQLException {
        QueryGlossary g = new QueryGlossary();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select abbreviation, expansion from glossary_term order by id")) {
            while (rs.next()) {
                List<String> abbreviation = words(rs.getString(1));
                List<String> expansion = words(rs.getString(2));
                if (abbreviation.isEmpty() || expansion.isEmpty() || expansion.size() > LONGEST_EXPANSION
                        || abbreviation.size() > LONGEST_EXPANSION || key(abbreviation).equals(key(expansion))) {
                    continue;
                }
                g.alternatives.computeIfAbsent(key(abbreviation), k -> new LinkedHashSet<>()).add(expansion);
                g.alternatives.computeIfAbsent(key(expansion), k -> new LinkedHashSet<>()).add(abbreviation);
                g.longest = Math.max(g.longest, Math.max(abbreviation.size(), expansion.size()));
            }
        }
        return g;
    }

    List<Unit> units(List<String> words) {
        List<Unit> units = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int taken = 1;
            Set<List<String>> phrases = new LinkedHashSet<>();
            for (int len = Math.min(longest, words.size() - i); len >= 2 && phrases.isEmpty(); len--) {
                for (List<String> variant : combinations(slots(words.subList(i, i + len)), 64)) {
                    phrases.addAll(alternatives.getOrDefault(key(variant), Set.of()));
                }
                taken = len;
            }
            if (phrases.isEmpty()) {
                taken = 1;
                for (List<String> alt : alternatives.getOrDefault(key(List.of(words.get(i))), Set.of())) {
                    if (alt.size() > 1) {
                        phrases.add(alt);
                    }
                }
            }
            units.add(new Unit(slots(words.subList(i, i + taken)), List.copyOf(phrases)));
            i += taken;
        }
        return units;
    }

    private List<List<String>> slots(List<String> words) {
        List<List<String>> slots = new ArrayList<>();
        for (String w : words) {
            List<String> slot = new ArrayList<>();
            slot.add(w);
            for (List<String> alt : alternatives.getOrDefault(key(List.of(w)), Set.of())) {
                if (alt.size() == 1 && !slot.contains(alt.get(0))) {
                    slot.add(alt.get(0));
                }
            }
            slots.add(slot);
        }
        return slots;
    }

    static List<List<String>> combinations(List<List<String>> slots, int limit) {
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

    /** The ways of writing a phrase with its glossary terms swapped for their alternatives, the phrase first. */
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

    /** Words as the app's query parser splits them: letters and digits, lower case. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                w.append(Character.toLowerCase(c));
            } else if (w.length() > 0) {
                words.add(w.toString());
                w.setLength(0);
            }
        }
        return words;
    }

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
