package org.cablearchive.records;

import java.util.Locale;
import java.util.Optional;

/** Security classification as printed above a document, from highest to lowest. */
public enum Classification {
    TOP_SECRET("Top Secret"),
    SECRET("Secret"),
    CONFIDENTIAL("Confidential"),
    RESTRICTED("Restricted"),
    LIMITED_OFFICIAL_USE("Limited Official Use"),
    OFFICIAL_USE_ONLY("Official Use Only"),
    UNCLASSIFIED("Unclassified"),
    UNKNOWN("Unknown");

    private final String label;

    Classification(String label) {
        this.label = label;
    }

    /** The marking as a person reads it, e.g. "Top Secret". */
    public String label() {
        return label;
    }

    /** Reads a printed marking ("top secret", "TOP SECRET", "Top-Secret"); empty when it is none. */
    public static Optional<Classification> fromMarking(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String norm = text.trim().replaceAll("[\\s\\-_\\u2013\\u2003]+", " ").toUpperCase(Locale.ROOT);
        for (Classification c : values()) {
            if (c != UNKNOWN && c.label.toUpperCase(Locale.ROOT).equals(norm)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
