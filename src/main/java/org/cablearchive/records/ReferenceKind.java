package org.cablearchive.records;

import java.util.Locale;
import java.util.Optional;

/**
 * What a cross-reference points at. The telegram kinds follow State Department shorthand: Embtel is an
 * embassy's telegram, Deptel the Department's, urtel "your telegram", mytel "my telegram", reftel "the
 * telegram referred to", Contel a consulate's, Legtel a legation's, Cirtel and Depcirtel circular telegrams.
 */
public enum ReferenceKind {
    EMBTEL, DEPTEL, URTEL, MYTEL, REFTEL, CONTEL, LEGTEL, CIRTEL, DEPCIRTEL, DOCUMENT, PAGE, OTHER;

    /** The kind for a shorthand word as printed, singular or plural ("Embtels", "urtel", "Depcirtel"). */
    public static Optional<ReferenceKind> fromShorthand(String word) {
        if (word == null || word.isBlank()) {
            return Optional.empty();
        }
        String w = word.trim().toUpperCase(Locale.ROOT);
        if (w.endsWith("S")) {
            w = w.substring(0, w.length() - 1);
        }
        try {
            ReferenceKind kind = valueOf(w);
            return kind.isTelegram() ? Optional.of(kind) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean isTelegram() {
        return this != DOCUMENT && this != PAGE && this != OTHER;
    }
}
