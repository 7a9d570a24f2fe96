package org.cablearchive.accounts;

import java.time.Instant;
import java.util.List;

/**
 * An account as administrators see it (never its password).
 *
 * @param lockedUntil when the lock after too many failed sign-ins ends, or null when it is not locked
 */
public record AccountView(String username, List<Role> roles, boolean enabled, Instant lockedUntil,
                          Instant createdAt, String createdBy, Instant passwordChangedAt,
                          Instant disabledAt, String disabledBy) {

    static AccountView of(Account account, Instant now) {
        return new AccountView(account.username(), account.roles().stream().sorted().toList(), account.isEnabled(),
                account.isLockedAt(now) ? account.lockedUntil() : null, account.createdAt(), account.createdBy(),
                account.passwordChangedAt(), account.disabledAt(), account.disabledBy());
    }

    /** Whether the account has this role. */
    public boolean has(Role role) {
        return roles.contains(role);
    }
}
