package org.cablearchive.records;

/** What the archive holds, as its home page tells it. */
public record ArchiveCounts(long documents, long volumes, long footnotes, long crossReferences) { }
