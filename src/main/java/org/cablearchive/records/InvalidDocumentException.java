package org.cablearchive.records;

/** A document that cannot be saved as it is; the message says what to correct. */
public class InvalidDocumentException extends RuntimeException {

    public InvalidDocumentException(String message) {
        super(message);
    }
}
