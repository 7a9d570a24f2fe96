package org.cablearchive.records.domain;

import java.util.List;
import org.cablearchive.records.DocumentView;

/**
 * What the reading page of a document shows: its view, its body as HTML and its footnotes with the keys that
 * tie them to their marks.
 */
public record DocumentReading(DocumentView document, String bodyHtml, List<Note> notes, Placement placement,
                              boolean bodyHasCloser) {

    public record Note(String key, String mark, String text) { }

    /** Where the document stands in its volume, and its neighbours there (null when none the reader may see). */
    public record Placement(String volumeId, String volumeTitle, String chapterTitle, String previousId, String nextId,
                            String previousTitle, String nextTitle, String number, long position, long total) { }
}
