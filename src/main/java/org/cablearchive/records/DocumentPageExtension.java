package org.cablearchive.records;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;

/**
 * What another module adds to the reading page of a document (publishing adds how to cite and download it),
 * without the records module knowing that module: the page asks every extension for model attributes once the
 * reader is known to be allowed to see the document.
 */
public interface DocumentPageExtension {

    /** Model attributes for the page of this document, as this reader sees it. */
    Map<String, ?> attributes(DocumentView document, HttpServletRequest request);
}
