package org.cablearchive.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cablearchive.accounts.AccountEvent.Kind;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A person (or script) who signs in: a username, a password hash, roles. Every change goes through a method that
 * says what it is ({@link #disable}, {@link #assignRoles}, {@link #registerFailedSignIn}…) and registers the
 * {@link AccountEvent} the audit log records; the events are published when the account is saved.
 */
@Entity
class Account extends AbstractAggregateRoot<Account> {

    /** Failed sign-ins in a row that lock an account. */
    static final int FAILED_SIGN_INS_BEFORE_LOCK = 5;
    /** How long a lock lasts. */
    static final Duration LOCK = Duration.ofMinutes(15);
    static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    private String passwordHash;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> roles = new ArrayList<>();

    private boolean enabled;
    private Instant createdAt;
    private String createdBy;
    private int failedSignIns;
    private Instant lockedUntil;
    private Instant passwordChangedAt;
    private Instant disabledAt;
    private String disabledBy;

    protected Account() {
    }

    private Account(String username, String passwordHash, Set<Role> roles, String by, Instant now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.roles = names(roles);
        this.enabled = true;
        this.createdAt = now;
        this.createdBy = by;
        this.passwordChangedAt = now;
    }

    /** A new account, enabled, with its password already hashed. */
    static Account create(String username, String passwordHash, Set<Role> roles, String by, Instant now) {
        if (roles.isEmpty()) {
            throw new InvalidAccountException("roles", "Choose at least one role.");
        }
        Account account = new Account(username, passwordHash, roles, by, now);
        account.registerEvent(new AccountEvent(Kind.CREATED, username, by, describe(roles)));
        return account;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    Set<Role> roles() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        roles.forEach(r -> set.add(Role.valueOf(r)));
        return set;
    }

    boolean isEnabled() {
        return enabled;
    }

    Instant createdAt() {
        return createdAt;
    }

    String createdBy() {
        return createdBy;
    }

    Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    Instant disabledAt() {
        return disabledAt;
    }

    String disabledBy() {
        return disabledBy;
    }

    int failedSignIns() {
        return failedSignIns;
    }

    /** Whether sign-ins are refused at {@code now} because of too many failed ones. */
    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    /** Gives the account exactly these roles (at least one). */
    void assignRoles(Set<Role> newRoles, String by) {
        if (newRoles.isEmpty()) {
            throw new InvalidAccountException("roles", "Choose at least one role.");
        }
        if (newRoles.equals(roles())) {
            return;
        }
        roles = names(newRoles);
        registerEvent(new AccountEvent(Kind.ROLES_CHANGED, username, by, describe(newRoles)));
    }

    /** No more sign-ins until an administrator enables the account again. */
    void disable(String by, Instant now) {
        if (!enabled) {
            return;
        }
        enabled = false;
        disabledAt = now;
        disabledBy = by;
        registerEvent(new AccountEvent(Kind.DISABLED, username, by, ""));
    }

    void enable(String by) {
        if (enabled) {
            return;
        }
        enabled = true;
        disabledAt = null;
        disabledBy = null;
        registerEvent(new AccountEvent(Kind.ENABLED, username, by, ""));
    }

    /** A new password chosen by an administrator; it also lifts a lock, so the person can sign in with it at once. */
    void resetPassword(String newHash, String by, Instant now) {
        passwordHash = newHash;
        passwordChangedAt = now;
        failedSignIns = 0;
        lockedUntil = null;
        registerEvent(new AccountEvent(Kind.PASSWORD_RESET, username, by, ""));
    }

    /**
     * Counts a sign-in with a wrong password; the {@value #FAILED_SIGN_INS_BEFORE_LOCK}th in a row locks the account
     * for {@link #LOCK} (and the count starts again).
     *
     * @return whether this failure locked the account
     */
    boolean registerFailedSignIn(Instant now) {
        if (isLockedAt(now)) {
            return false;
        }
        failedSignIns++;
        if (failedSignIns < FAILED_SIGN_INS_BEFORE_LOCK) {
            return false;
        }
        failedSignIns = 0;
        lockedUntil = now.plus(LOCK);
        registerEvent(new AccountEvent(Kind.LOCKED, username, SYSTEM,
                FAILED_SIGN_INS_BEFORE_LOCK + " failed sign-ins in a row; locked until " + lockedUntil));
        return true;
    }

    /** A sign-in with the right password starts the count of failures again. */
    void registerSuccessfulSignIn() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    private static List<String> names(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).toList();
    }

    /** The roles as people read them, strongest first: "EDITOR, ARCHIVIST". */
    static String describe(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(", "));
    }
}
