package org.cablearchive.ingest.tei;

import java.util.Locale;

/**
 * A non-document div that is open while the volume is read. Compilations, chapters and subchapters always become
 * chapters (eager: sent as soon as their head is read); other divs (sections) only when they turn out to hold
 * documents (lazy: sent when the first document inside is met), so that a preface or an index is no chapter.
 */
final class OpenDiv {

    final String rawId;
    final String kind;
    final boolean eager;
    /** How many page breaks were waiting when the div opened: those after it go with it if it holds no documents. */
    final int pendingMark;
    /** How messages name it: "chapter ch1", "section at line 12, column 5". */
    final String label;
    /** Where its start tag is: "line 12, column 5". */
    final String where;
    String xmlId;
    El head;
    boolean started;
    boolean emitted;
    boolean looseTextReported;

    OpenDiv(String rawId, String type, int pendingMark, String where) {
        this.rawId = rawId;
        this.eager = "compilation".equals(type) || "chapter".equals(type) || "subchapter".equals(type);
        this.kind = eager ? type.toUpperCase(Locale.ROOT) : "SECTION";
        this.pendingMark = pendingMark;
        this.label = (type == null ? "div" : type) + " " + (rawId != null ? rawId : "at " + where);
        this.where = where;
    }
}
