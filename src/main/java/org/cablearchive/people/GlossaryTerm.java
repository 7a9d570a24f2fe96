package org.cablearchive.people;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
class GlossaryTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String abbreviation;
    private String expansion;
    private String source;

    protected GlossaryTerm() {
    }

    GlossaryEntry entry() {
        return new GlossaryEntry(abbreviation, expansion);
    }
}
