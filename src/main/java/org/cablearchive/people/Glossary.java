package org.cablearchive.people;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The glossary of abbreviations, for readers (explanations on hover) and for search (synonyms). */
@Service
public class Glossary {

    private final GlossaryTermRepository terms;
    private final JdbcClient jdbc;

    Glossary(GlossaryTermRepository terms, JdbcClient jdbc) {
        this.terms = terms;
        this.jdbc = jdbc;
    }

    /** Registers a volume's whole list of abbreviations in a few statements: each meaning joins
     * the glossary once, whatever its case, and the volume keeps each entry under its own id and place. */
    @Transactional
    public void registerVolumeTerms(String volumeId, List<TermDraft> entries) {
        if (entries.isEmpty()) {
            return;
        }
        forgetExplanations();
        String[] abbreviations = entries.stream().map(TermDraft::abbreviation).toArray(String[]::new);
        String[] expansions = entries.stream().map(TermDraft::expansion).toArray(String[]::new);
        String[] ids = entries.stream().map(TermDraft::xmlId).toArray(String[]::new);
        jdbc.sql("""
                        insert into glossary_term (abbreviation, expansion, source)
                        select a, e, ? from unnest(?::text[], ?::text[]) as t(a, e) on conflict do nothing""")
                .params(volumeId, abbreviations, expansions).update();
        jdbc.sql("delete from volume_term where volume_id = ?").param(volumeId).update();
        jdbc.sql("""
                        insert into volume_term (volume_id, xml_id, glossary_term_id, position)
                        select ?, t.x, (select g.id from glossary_term g
                                        where lower(g.abbreviation) = lower(t.a) and lower(g.expansion) = lower(t.e)),
                               (t.i - 1)::int
                        from unnest(?::text[], ?::text[], ?::text[]) with ordinality as t(x, a, e, i)
                        on conflict (volume_id, xml_id) do nothing""")
                .params(volumeId, ids, abbreviations, expansions).update();
    }

    /** A volume's list of abbreviations as the volume gave it, in its order. */
    @Transactional(readOnly = true)
    public List<TermDraft> termsOfVolume(String volumeId) {
        return jdbc.sql("""
                        select v.xml_id, g.abbreviation, g.expansion from volume_term v
                        join glossary_term g on g.id = v.glossary_term_id where v.volume_id = ? order by v.position""")
                .param(volumeId)
                .query((rs, n) -> new TermDraft(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    @Transactional(readOnly = true)
    public List<GlossaryEntry> entries() {
        return terms.findAllInOrder().stream().map(GlossaryTerm::entry).toList();
    }

    /**
     * The abbreviations to explain where they stand in a text, as printed ("Embtel", "Sov", "USSR"; a lower-case
     * one also capitalised, as at the start of a sentence: "Urtel"), each with its meanings. Lower-case ones shorter
     * than four letters are left out: as printed they are ordinary words more often than not.
     */
    public Map<String, String> explanationsAsPrinted() {
        Explained kept = explained;
        if (kept != null && System.nanoTime() - kept.read() < KEEP_NANOS) {
            return kept.map();
        }
        Map<String, String> map = Map.copyOf(readExplanations());
        explained = new Explained(map, System.nanoTime());
        return map;
    }

    /**
     * The explanations as last read, kept for a minute (a document page shows them and must not read the whole
     * glossary each time; a volume imported on this node reads them again at once, one on another node within the
     * minute).
     */
    private record Explained(Map<String, String> map, long read) { }

    private static final long KEEP_NANOS = 60_000_000_000L;
    private volatile Explained explained;

    /** Forgets the explanations now and once the transaction that changed the glossary has committed. */
    private void forgetExplanations() {
        explained = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    explained = null;
                }
            });
        }
    }

    private Map<String, String> readExplanations() {
        Map<String, String> explained = new HashMap<>();
        for (GlossaryEntry e : entries()) {
            String a = e.abbreviation() == null ? "" : e.abbreviation().strip();
            if (a.length() < 2 || !a.chars().allMatch(Character::isLetterOrDigit)
                    || (a.equals(a.toLowerCase(Locale.ROOT)) && a.length() < 4)) {
                continue;
            }
            explained.merge(a, e.expansion(), Glossary::joinMeanings);
            if (Character.isLowerCase(a.charAt(0))) {
                explained.merge(Character.toUpperCase(a.charAt(0)) + a.substring(1), e.expansion(), Glossary::joinMeanings);
            }
        }
        return explained;
    }

    private static String joinMeanings(String a, String b) {
        return a.equals(b) ? a : a + "; " + b;
    }
}
