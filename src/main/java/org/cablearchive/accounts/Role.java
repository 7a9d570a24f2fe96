package org.cablearchive.accounts;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an account may do; the public, not signed in, has no role and reads published documents only. The role policy
 * in one place: which roles are staff (they enter documents and see every one, published or not) and which review
 * (an administrator stands as an editor). Security rules, the {@link Reader} of a request and the desk all ask here.
 */
public enum Role {
    /** Users, settings, everything; stands as an editor at the desk. */
    ADMIN(true, true),
    /** Reviews, approves, publishes and withdraws documents. */
    EDITOR(true, true),
    /** Creates and edits drafts. */
    ARCHIVIST(true, false),
    /** A signed-in reader. */
    RESEARCHER(false, false);

    private static final String AUTHORITY_PREFIX = "ROLE_";

    private final boolean staff;
    private final boolean reviews;

    Role(boolean staff, boolean reviews) {
        this.staff = staff;
        this.reviews = reviews;
    }

    /** Staff enter, edit and review documents, and see every document whatever its status. */
    public boolean isStaff() {
        return staff;
    }

    /** Reviews what archivists submit: approves, publishes, withdraws, corrects published documents. */
    public boolean reviews() {
        return reviews;
    }

    /** The granted authority Spring Security gives an account of this role ({@code ROLE_EDITOR}). */
    public String authority() {
        return AUTHORITY_PREFIX + name();
    }

    /** The role a granted authority stands for; empty for any other authority (such as the anonymous one). */
    public static Optional<Role> ofAuthority(String authority) {
        if (authority == null || !authority.startsWith(AUTHORITY_PREFIX)) {
            return Optional.empty();
        }
        String name = authority.substring(AUTHORITY_PREFIX.length());
        return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
    }

    /** The names of the staff roles, as security rules take them ({@code hasAnyRole}). */
    static String[] staffNames() {
        return Arrays.stream(values()).filter(Role::isStaff).map(Role::name).toArray(String[]::new);
    }
}
