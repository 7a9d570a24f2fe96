package org.cablearchive.reports;

/** This address sent as many reports as it may in an hour. */
public class TooManyReportsException extends RuntimeException {

    public TooManyReportsException() {
        super("Thank you: you have sent several reports in the last hour, which is as many as we take from one place. "
                + "Please send this one a little later.");
    }
}
