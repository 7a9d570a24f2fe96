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

    /**
     * The type a source note names after its last colon, as in "611.61/10–1551: Telegram", "…: Circular
     * telegram" or "…:Airgram"; a type the archive does not know as such ("Circular airgram") counts as its last
     * word (an airgram).
     */
    public static Optional<DocumentType> fromSourceNote(String note) {
        int colon = note == null ? -1 : note.lastIndexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String suffix = note.substring(colon + 1).strip();
        if (suffix.endsWith(".")) {
            suffix = suffix.substring(0, suffix.length() - 1);
        }
        Optional<DocumentType> type = fromLabel(suffix);
        if (type.isEmpty() && suffix.indexOf(' ') > 0 && suffix.length() < 40) {
            type = fromLabel(suffix.substring(suffix.lastIndexOf(' ') + 1));
        }
        return type;
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
