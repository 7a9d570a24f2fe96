package org.cablearchive.people;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The glossary of abbreviations, for readers (explanations on hover) and for search (synonyms). */
@Service
public class Glossary {

    private final GlossaryTermRepository terms;
    private final JdbcClient jdbc;

    Glossary(GlossaryTermRepository terms, JdbcClient jdbc) {
        this.terms = terms;
        this.jdbc = jdbc;
    }

    /**
     * Registers one entry of a volume's list of abbreviations: its meaning joins the glossary (once, whatever
     * the case), and the volume keeps the entry under its own id and place.
     */
    @Transactional
    public void registerVolumeTerm(String volumeId, TermDraft entry, int position) {
        long termId = jdbc.sql("""
                        insert into glossary_term (abbreviation, expansion, source) values (?, ?, ?)
                        on conflict do nothing returning id""")
                .params(entry.abbreviation(), entry.expansion(), volumeId).query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("""
                                select id from glossary_term where lower(abbreviation) = lower(?) and lower(expansion) = lower(?)""")
                        .params(entry.abbreviation(), entry.expansion()).query(Long.class).single());
        jdbc.sql("""
                        insert into volume_term (volume_id, xml_id, glossary_term_id, position) values (?, ?, ?, ?)
                        on conflict (volume_id, xml_id) do update set glossary_term_id = excluded.glossary_term_id,
                                                                      position = excluded.position""")
                .params(volumeId, entry.xmlId(), termId, position).update();
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

    /** The meanings of an abbreviation, whatever its case ("EMBTEL", "Embtel"); empty when unknown. */
    @Transactional(readOnly = true)
    public List<String> expansions(String abbreviation) {
        return terms.findByAbbreviation(abbreviation).stream().map(t -> t.entry().expansion()).toList();
    }
}
