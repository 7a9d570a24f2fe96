package org.cablearchive.accounts;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who reads: an anonymous researcher (the public), a signed-in researcher, or staff (archivist, editor, administrator).
 * Resolved once per request from the authentication ({@link #of}); controllers take it as a parameter, and the modules
 * that read documents ask it what this reader may see ({@link #seesUnpublished}) rather than passing a flag.
 */
public record Reader(String username, Set<Role> roles) {

    /** The public: not signed in, no role, published documents only. */
    public static final Reader ANONYMOUS = new Reader(null, Set.of());

    public Reader {
        username = username == null ? "anonymous" : username;
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The archive's own work (a command, a job), which reads every document whatever its status. */
    public static final Reader SYSTEM = new Reader(Account.SYSTEM, Set.of(Role.ADMIN));

    /** A signed-in reader with these roles. */
    public static Reader signedIn(String username, Role... roles) {
        return new Reader(username, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
    }

    /** The reader of a request: anonymous without an authentication (or with Spring Security's anonymous one). */
    public static Reader of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority a : authentication.getAuthorities()) {
            Role.ofAuthority(a.getAuthority()).ifPresent(roles::add);
        }
        return new Reader(authentication.getName(), roles);
    }

    /** Signed in, whatever the role (the public has none). */
    public boolean isSignedIn() {
        return !roles.isEmpty();
    }

    /** Staff: they enter, edit and review documents. */
    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    /** Sees documents whatever their status (staff); anyone else sees published documents only. */
    public boolean seesUnpublished() {
        return isStaff();
    }

    /** Reviews, approves, publishes, withdraws, corrects published documents (editors and administrators). */
    public boolean reviews() {
        return roles.stream().anyMatch(Role::reviews);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }
}
