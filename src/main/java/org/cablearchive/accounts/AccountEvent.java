package org.cablearchive.accounts;

/**
 * Something that happened to an account that the audit log records: published as a Spring application event
 * whenever an account is created, changed, disabled or enabled, its password is reset, or someone signs in or
 * fails to.
 *
 * @param kind     what happened
 * @param username the account concerned; for {@link Kind#LOGIN_FAILED} the name typed, even when there is no such
 *                 account
 * @param by       who did it: the administrator's username, the same username for sign-ins, {@code "system"}
 *                 where no one did (an account locked after failed sign-ins)
 * @param detail   what changed, for a person to read: the new roles ({@code "EDITOR, ARCHIVIST"}), the remote
 *                 address of a sign-in, the time a lock ends; may be empty
 */
public record AccountEvent(Kind kind, String username, String by, String detail) {

    /** What happened to the account. */
    public enum Kind { CREATED, ROLES_CHANGED, DISABLED, ENABLED, PASSWORD_RESET, LOGIN_SUCCEEDED, LOGIN_FAILED, LOCKED }
}
