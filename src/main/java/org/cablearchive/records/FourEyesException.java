package org.cablearchive.records;

/** A move the four-eyes rule forbids: no one approves what they submitted themselves. 403. */
public class FourEyesException extends RuntimeException {

    public FourEyesException(String message) {
        super(message);
    }
}
