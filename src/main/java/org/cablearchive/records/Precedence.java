package org.cablearchive.records;

import java.util.List;
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

    /**
     * Reads a printed marking in the wording of any era ("priority", "NIACT", "Niact Immediate" and "night action"
     * give NIACT; "us urgent" and "urgent" (the 1940s) and "Operational Immediate" give IMMEDIATE; "most
     * immediate" gives FLASH; "deferred" gives ROUTINE, the lowest this scale has); empty when it is none.
     */
    public static Optional<Precedence> fromMarking(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String norm = text.trim().replaceAll("[\\s\\-\\u2010-\\u2014_]+", " ").toUpperCase(Locale.ROOT);
        switch (norm) {
            case "NIACT IMMEDIATE", "NIGHT ACTION":
                return Optional.of(NIACT);
            case "MOST IMMEDIATE":
                return Optional.of(FLASH);
            case "US URGENT", "URGENT", "OPERATIONAL IMMEDIATE", "TRIPLE PRIORITY":
                return Optional.of(IMMEDIATE);
            case "DEFERRED":
                return Optional.of(ROUTINE);
            default:
                break;
        }
        for (Precedence p : values()) {
            if (p != UNKNOWN && p.name().equals(norm)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * The wording printed when it says more than this precedence's label ("us urgent", "Operational Immediate",
     * "Niact Immediate" for their scale), else null ("PRIORITY" for Priority, or nothing printed).
     */
    public String wordingIfDifferent(String printed) {
        if (printed == null || printed.isBlank()) {
            return null;
        }
        String norm = printed.strip().replaceAll("[\\s\\-\\u2010-\\u2014_.;:,]+", " ").strip();
        return norm.equalsIgnoreCase(label) ? null : printed.strip();
    }

    /** Every printed wording {@link #fromMarking} reads, in lower case. */
    public static List<String> wordings() {
        return List.of("flash", "most immediate", "niact", "niact immediate", "night action", "immediate",
                "operational immediate", "us urgent", "urgent", "triple priority", "priority", "routine", "deferred");
    }
}
