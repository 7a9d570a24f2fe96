package org.cablearchive.records;

import java.util.Locale;
import java.util.Optional;

/** How fast a telegram was to be handled, from most to least urgent. */
public enum Precedence {
    FLASH("Flash"),
    NIACT("Niact"),
    IMMEDIATE("Immediate"),
    PRIORITY("Priority"),
    ROUTINE("Routine"),
    UNKNOWN("Unknown");

    private final String label;

    Precedence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads a printed marking ("priority", "NIACT", "Niact Immediate" gives NIACT); empty when it is none. */
    public static Optional<Precedence> fromMarking(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String norm = text.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        if (norm.equals("NIACT IMMEDIATE") || norm.equals("NIGHT ACTION")) {
            return Optional.of(NIACT);
        }
        for (Precedence p : values()) {
            if (p != UNKNOWN && p.name().equals(norm)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
