package org.cablearchive.accounts;

/** A change to an account that is refused, with the field it concerns and what to do, in the user's words. */
public class InvalidAccountException extends RuntimeException {

    private final String field;

    public InvalidAccountException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field (and JSON property) at fault: {@code username}, {@code password}, {@code roles} or {@code account}. */
    public String field() {
        return field;
    }
}
