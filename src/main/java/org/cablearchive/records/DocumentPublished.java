package org.cablearchive.records;

/** A document became public (inside the publishing transaction). */
public record DocumentPublished(String documentId, String by) { }
