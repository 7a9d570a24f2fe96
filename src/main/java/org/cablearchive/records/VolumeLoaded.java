package org.cablearchive.records;

/**
 * Published, in the loading transaction, when a volume has been loaded: its new documents were written as plain
 * rows, past the entity manager, so whoever keeps a copy of documents (the search index) must read the volume's
 * documents again once the transaction has committed. {@code by}: who imported it; the counts: documents new,
 * updated, and left alone as conflicts; {@code asDrafts}: its new documents are drafts (a batch to review);
 * {@code onlyNewDocuments}: the volume held no documents before (every one of them was announced, in memory, by
 * {@code NewDocumentsWritten}).
 */
public record VolumeLoaded(String volumeId, String by, int created, int updated, int conflicts, boolean asDrafts,
                           boolean onlyNewDocuments) { }
