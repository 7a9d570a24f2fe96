package org.cablearchive.records;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A cross-reference that leads nowhere yet ("Embtel 634, October 15" with no document found for it), with the
 * document that prints it: the queue archivists work through to link each to its document.
 */
public record UnresolvedReference(String documentId, String documentTitle, String documentDate, DocumentStatus status,
                                  Instant documentCreatedAt, String key, ReferenceKind kind, String number,
                                  LocalDate date, String label) { }
