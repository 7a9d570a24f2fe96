package org.cablearchive.records;

import java.time.Instant;

/**
 * A passage of a document withheld from those who may not read it: its key (the {@code xml:id} of the marker that
 * stands in its place in the body), its text, its extent as the marker prints it ("1 paragraph (5 lines) not
 * declassified"), why, who withheld it and when. Only code that has checked the reader's right hands it out.
 */
public record WithheldPassage(String key, String text, String extent, String reason, String by, Instant at) {

    /** The marker everyone else reads in its place. */
    public String marker() {
        return "[" + extent + "]";
    }
}
