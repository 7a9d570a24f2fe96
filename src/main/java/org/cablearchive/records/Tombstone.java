package org.cablearchive.records;

import java.time.Instant;

/** What stays public of a withdrawn document: its title, when and why it was withdrawn. */
public record Tombstone(String id, String title, String reason, Instant withdrawnAt) { }
