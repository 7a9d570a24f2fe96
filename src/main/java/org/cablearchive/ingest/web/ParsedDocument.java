package org.cablearchive.ingest.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.cablearchive.records.DocumentView;

/** A document as read from text, with what the reader could not place or was unsure of. */
record ParsedDocument(@JsonUnwrapped DocumentView document, List<String> warnings, String confidence) { }
