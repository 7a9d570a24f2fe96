package org.cablearchive.editorial;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The person at the desk: their username and roles, as signed in. */
public record Editor(String username, Set<String> roles) {

    public static Editor of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return new Editor("anonymous", Set.of());
        }
        Set<String> roles = new java.util.HashSet<>();
        for (GrantedAuthority a : authentication.getAuthorities()) {
            String name = a.getAuthority();
            if (name != null && name.startsWith("ROLE_")) {
                roles.add(name.substring(5));
            }
        }
        return new Editor(authentication.getName(), Set.copyOf(roles));
    }

    /** Who they are, as the review policy asks. */
    public org.cablearchive.records.ReviewPolicy.Standing standing() {
        return org.cablearchive.records.ReviewPolicy.Standing.of(roles);
    }

    public boolean isAdmin() {
        return roles.contains("ADMIN");
    }

    /** Reviews, approves, publishes, withdraws, corrects published documents. */
    public boolean isEditor() {
        return isAdmin() || roles.contains("EDITOR");
    }

    /** Creates and edits drafts, submits them. */
    public boolean isArchivist() {
        return isEditor() || roles.contains("ARCHIVIST");
    }

    /** Staff see every document; the public and researchers see published ones only. */
    public boolean isStaff() {
        return isArchivist();
    }
}
