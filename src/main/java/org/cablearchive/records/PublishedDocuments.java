package org.cablearchive.records;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The documents the public may see ({@link DocumentStatus#publicStatuses()}), read the way machines read them: by
 * when they last changed for the public (harvesting), by when they were published (feeds), and by id (site maps).
 * Lists are paged by key (the last position seen), never by offset, so that the thousandth page of a million
 * documents costs what the first does.
 */
public interface PublishedDocuments {

    /**
     * Published documents that changed within the window, after {@code after} (null: from the start), in
     * (changedAt, id) order, at most {@code limit}.
     */
    List<PublishedDocument> changed(ChangeWindow window, Position after, int limit);

    /** How many published documents changed within the window. */
    long countChanged(ChangeWindow window);

    Optional<PublishedDocument> find(String id);

    /** The earliest {@code changedAt} of a published document; empty when nothing is published. */
    Optional<Instant> earliestChange();

    /** The newest publications first (by publication time, then id), at most {@code limit}. */
    List<PublishedDocument> newest(int limit);

    /** Published documents' ids with their change times, in id order, after {@code afterId} (null: from the start). */
    List<Stamp> ids(String afterId, int limit);

    /**
     * The id that ends each run of {@code step} published documents in id order (the step-th, the 2·step-th…): the
     * places where a list of all of them can be cut into pieces of {@code step}.
     */
    List<String> boundaries(int step);

    long count();

    /** The volumes that hold a published document, in id order. */
    List<Volume> volumes();

    /**
     * Change times from {@code from} (inclusive) to {@code until} (exclusive), in one volume; each may be null for
     * no bound.
     */
    record ChangeWindow(Instant from, Instant until, String volumeId) {

        public static final ChangeWindow ALL = new ChangeWindow(null, null, null);
    }

    /** A place in the (changedAt, id) order: the last document seen. */
    record Position(Instant changedAt, String id) {

        public Position {
            if (changedAt == null || id == null) {
                throw new IllegalArgumentException("A position needs a time and an id");
            }
        }
    }

    /** A volume by its id and title. */
    record Volume(String id, String title) { }

    /** A document's id and when it last changed for the public. */
    record Stamp(String id, Instant changedAt) { }
}
