package org.cablearchive.editorial;

import java.util.Map;

/**
 * What another module adds to the desk (readers' reports of errors, say), without this module knowing it: the desk
 * page asks every section for model attributes.
 */
public interface DeskSection {

    /** Model attributes for this staff member's desk. */
    Map<String, ?> attributes(Editor editor);
}
