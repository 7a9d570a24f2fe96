package org.cablearchive.testing;

import org.cablearchive.accounts.Reader;
import org.cablearchive.accounts.Role;

/** The two kinds of reader tests read as: staff, who see every document, and the public, who see published ones. */
public final class Readers {

    /** An archivist: sees drafts and every other status. */
    public static final Reader STAFF = Reader.signedIn("test-staff", Role.ARCHIVIST);

    /** The public, not signed in: published documents only. */
    public static final Reader PUBLIC = Reader.ANONYMOUS;

    private Readers() {
    }
}
