package org.cablearchive.records;

/** Renders a body not yet saved as the reading page would show it (the editing form's preview). */
public interface BodyPreview {

    /** The body as HTML: only the elements the reading page knows become markup; all text is escaped. */
    String html(Body body);
}
