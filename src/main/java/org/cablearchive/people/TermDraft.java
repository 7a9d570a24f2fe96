package org.cablearchive.people;

/** An entry of a volume's list of abbreviations and terms: {@code t_Embtel1} "Embtel" = "Embassy telegram". */
public record TermDraft(String xmlId, String abbreviation, String expansion) { }
