package org.cablearchive.records;

import java.time.Instant;

/**
 * A document as the public sees it, with what machines need to describe it elsewhere: its place in a volume, its
 * parties, and two times: when it was published, and when it last changed for the public ({@code changedAt}: its
 * publication, or a later change of the published document, whichever is newer).
 */
public record PublishedDocument(
        String id,
        String volumeId,
        String volumeTitle,
        DocumentType type,
        String title,
        DocumentDate date,
        Party sender,
        Party recipient,
        String sourceNote,
        String fileNumber,
        String place,
        Instant publishedAt,
        Instant changedAt) { }
