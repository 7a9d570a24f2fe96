package org.cablearchive.records;

/**
 * Published, in the loading transaction, when a volume has been loaded: its new documents were written as plain
 * rows, past the entity manager, so whoever keeps a copy of documents (the search index) must read the volume's
 * documents again once the transaction has committed.
 */
public record VolumeLoaded(String volumeId) { }
