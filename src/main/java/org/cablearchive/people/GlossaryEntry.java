package org.cablearchive.people;

/** One meaning of an abbreviation: "Embtel" = "embassy telegram". */
public record GlossaryEntry(String abbreviation, String expansion) { }
