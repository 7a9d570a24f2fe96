package org.cablearchive.reports;

/** A report that cannot be filed or decided as asked; the message says why, in the reader's words. */
public class InvalidReportException extends RuntimeException {

    public InvalidReportException(String message) {
        super(message);
    }
}
