package org.cablearchive.people;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The glossary of abbreviations, for readers (explanations on hover) and for search (synonyms). */
@Service
public class Glossary {

    private final GlossaryTermRepository terms;

    Glossary(GlossaryTermRepository terms) {
        this.terms = terms;
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
