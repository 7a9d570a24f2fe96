package org.cablearchive.ingest.plaintext;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cablearchive.records.Classification;
import org.cablearchive.records.Precedence;

/**
 * Gathers the markings of several lines (and of a modern source note) into one classification, one precedence
 * and the handling caveats, and says so when they disagree or hold words the reader does not know.
 */
final class MarkingCollector {

    private final Warnings warnings;
    private Classification classification;
    private Precedence precedence;
    private String precedencePrinted;
    private final Set<String> handling = new LinkedHashSet<>();

    MarkingCollector(Warnings warnings) {
        this.warnings = warnings;
    }

    /** Adds one reading; {@code line} is the printed line, for messages, or null. */
    void add(Markings.Reading r, String line) {
        for (Classification c : r.classifications()) {
            if (classification == null) {
                classification = c;
            } else if (c != classification) {
                warnings.add("Two classifications are marked (" + classification.label() + " and " + c.label()
                        + "); the first is kept. Check which one is right.");
            }
        }
        for (int k = 0; k < r.precedences().size(); k++) {
            Precedence p = r.precedences().get(k);
            if (precedence == null) {
                precedence = p;
                precedencePrinted = r.precedenceWordings().get(k);
            } else if (p != precedence) {
                warnings.add("Two precedences are marked (" + precedence.label() + " and " + p.label()
                        + "); the first is kept. Check which one is right.");
            }
        }
        handling.addAll(r.handling());
        if (!r.unknown().isEmpty() && line != null) {
            warnings.add("Unknown marking " + quoteAll(r.unknown()) + " in the line \"" + line + "\"; it is kept with "
                    + "the lines above the text, but not read as a classification, precedence or handling caveat.");
        }
    }

    Classification classification() {
        return classification;
    }

    Precedence precedence() {
        return precedence;
    }

    /** The precedence kept, in its printed words; null when none. */
    String precedencePrinted() {
        return precedencePrinted;
    }

    List<String> handling() {
        return new ArrayList<>(handling);
    }

    private static String quoteAll(List<String> words) {
        return "\"" + String.join(" ", words) + "\"";
    }
}
