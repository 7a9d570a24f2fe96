package org.cablearchive.researchers;

import java.util.Map;

/**
 * What another module adds to a reader's shelf (their reports of errors, say), without this module knowing it: the
 * shelf page asks every section for model attributes.
 */
public interface ShelfSection {

    /** Model attributes for this reader's shelf. */
    Map<String, ?> attributes(String username);
}
