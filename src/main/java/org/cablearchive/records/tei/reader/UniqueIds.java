package org.cablearchive.records.tei.reader;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Ids of one kind (documents, or chapter divs) as they are handed out: the archive keys records on them, so a
 * missing id is supplied and a repeated one made unique, and a person is told either way.
 */
final class UniqueIds {

    private final Set<String> used = new HashSet<>();
    private final Consumer<String> warn;

    UniqueIds(Consumer<String> warn) {
        this.warn = warn;
    }

    /** The id as encoded, else {@code preferred} (when free), else {@code fallback}; a used one gets "-2", "-3"… */
    String take(String raw, String preferred, String fallback, String what, String where) {
        String id = raw == null || raw.isBlank() ? null : raw.strip();
        if (id == null) {
            id = preferred != null && !used.contains(preferred) ? preferred : fallback;
            warn.accept("A " + what + " at " + where + " has no xml:id; it is imported as \"" + id + "\".");
        }
        if (!used.add(id)) {
            String base = id;
            int k = 2;
            while (!used.add(base + "-" + k)) {
                k++;
            }
            id = base + "-" + k;
            warn.accept("The xml:id \"" + base + "\" of the " + what + " at " + where + " is used before; this one is "
                    + "imported as \"" + id + "\".");
        }
        return id;
    }
}
