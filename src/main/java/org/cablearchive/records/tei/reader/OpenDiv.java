package org.cablearchive.records.tei.reader;

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
    /** How messages name it: "chapter ch1", "section at line 12, column 5". */
    final String label;
    /** Where its start tag is: "line 12, column 5". */
    final String where;
    String xmlId;
    El head;
    boolean started;
    boolean emitted;
    /** "persons" or "terms" for the front-matter list of that name, whose entries become authority records. */
    String list;

    OpenDiv(String rawId, String type, String where) {
        this.rawId = rawId;
        this.eager = "compilation".equals(type) || "chapter".equals(type) || "subchapter".equals(type);
        this.kind = eager ? type.toUpperCase(Locale.ROOT) : "SECTION";
        this.label = (type == null ? "div" : type) + " " + (rawId != null ? rawId : "at " + where);
        this.where = where;
    }
}
