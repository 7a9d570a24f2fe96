package org.cablearchive.records;

import java.time.Instant;

/** One line of a document list: enough to recognise and open a document. */
public record DocumentSummary(
        String id,
        String title,
        DocumentType type,
        String date,
        Classification classification,
        Precedence precedence,
        String volume,
        DocumentStatus status,
        Instant createdAt) { }
