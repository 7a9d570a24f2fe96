package org.cablearchive.records;

import java.util.Locale;
import java.util.Optional;

/** The kind of a printed document, as its source note or head names it. */
public enum DocumentType {
    TELEGRAM("Telegram"),
    CIRCULAR_TELEGRAM("Circular Telegram"),
    AIRGRAM("Airgram"),
    MEMORANDUM("Memorandum"),
    MEMORANDUM_OF_CONVERSATION("Memorandum of Conversation"),
    LETTER("Letter"),
    DESPATCH("Despatch"),
    NOTE("Note"),
    EDITORIAL_NOTE("Editorial Note"),
    OTHER("Other");

    private final String label;

    DocumentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads a type word as printed ("Telegram", "circular telegram", "Memorandum of Conversation"). */
    public static Optional<DocumentType> fromLabel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String norm = text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (norm.equals("dispatch")) {
            return Optional.of(DESPATCH);
        }
        for (DocumentType t : values()) {
            if (t.label.toLowerCase(Locale.ROOT).equals(norm)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
