package org.cablearchive.people;

/** A person's authority record as pages show it. */
public record PersonRecord(long id, String name, String description) { }
