package org.cablearchive.accounts;

/** What an account may do; the public, not signed in, has no role and reads published documents only. */
public enum Role {
    /** Users, settings, everything. */
    ADMIN,
    /** Reviews, approves, publishes and withdraws documents. */
    EDITOR,
    /** Creates and edits drafts. */
    ARCHIVIST,
    /** A signed-in reader. */
    RESEARCHER
}
