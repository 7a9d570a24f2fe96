package org.cablearchive.records.domain;

import java.util.List;
import org.cablearchive.records.DocumentView;

/**
 * What the reading page of a document shows: its view, its body as HTML and its footnotes with the keys that
 * tie them to their marks.
 */
public record DocumentReading(DocumentView document, String bodyHtml, List<Note> notes) {

    public record Note(String key, String mark, String text) { }
}
