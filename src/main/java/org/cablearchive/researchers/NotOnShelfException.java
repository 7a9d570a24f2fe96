package org.cablearchive.researchers;

/** A saved search or bookmark that is not the reader's (or no longer exists): 404. */
public class NotOnShelfException extends RuntimeException {

    public NotOnShelfException(String what) {
        super("You have no " + what);
    }
}
