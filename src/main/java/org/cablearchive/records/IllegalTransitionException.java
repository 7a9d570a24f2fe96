package org.cablearchive.records;

/** A workflow move that the document's state does not allow (publishing a draft, withdrawing a draft…): 409. */
public class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(String message) {
        super(message);
    }
}
