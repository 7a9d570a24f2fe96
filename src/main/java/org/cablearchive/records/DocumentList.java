package org.cablearchive.records;

import java.util.List;

/**
 * A page of the list of documents, newest first, read by key: each document has its place in the list (the order
 * documents were published, for the public; the order they were entered, for staff), and a page is the documents
 * after or before a place, or the N-th page counted from the newest place (no counting of the rows before it).
 *
 * @param documents this page's documents
 * @param total     how many documents the list holds (kept at write time)
 * @param page      the page's number, counted from the newest place (exact while the list has no gaps, which
 *                  withdrawn documents leave)
 * @param pages     how many pages the list has
 * @param newer     the place to read newer documents before ({@code ?before=}), null on the first page
 * @param older     the place to read older documents after ({@code ?after=}), null on the last page
 */
public record DocumentList(List<DocumentSummary> documents, long total, int page, int pages, Long newer, Long older) {

    /** Where a page begins: the N-th page, or the documents after (older than) or before (newer than) a place. */
    public record Position(int page, Long after, Long before) {

        public static Position page(int page) {
            return new Position(Math.max(page, 1), null, null);
        }

        public static Position after(long place) {
            return new Position(0, place, null);
        }

        public static Position before(long place) {
            return new Position(0, null, place);
        }
    }
}
