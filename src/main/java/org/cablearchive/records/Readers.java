package org.cablearchive.records;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is reading: staff (archivists, editors, administrators) see every document, anyone else (the public and
 * signed-in researchers) sees published documents only.
 */
public final class Readers {

    private static final String[] STAFF_ROLES = {"ADMIN", "EDITOR", "ARCHIVIST"};

    private Readers() {
    }

    public static boolean isStaff(HttpServletRequest request) {
        for (String role : STAFF_ROLES) {
            if (request.isUserInRole(role)) {
                return true;
            }
        }
        return false;
    }
}
