package org.cablearchive.records;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who may read a document's withheld passages: the editorial desk's policy, asked by the reading page and
 * {@code GET /api/documents/{id}} once the reader may see the document. Without an implementation nobody may.
 */
public interface WithheldReaders {

    /** True when the person making this request may read the withheld passages of the document. */
    boolean mayRead(String documentId, DocumentStatus status, String createdBy, HttpServletRequest request);
}
