package org.cablearchive.records;

/** A published document was withdrawn; its page stays as a tombstone that gives the public reason. */
public record DocumentWithdrawn(String documentId, String by, String reason) { }
