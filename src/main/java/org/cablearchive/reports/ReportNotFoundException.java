package org.cablearchive.reports;

/** No report has this id. */
public class ReportNotFoundException extends RuntimeException {

    public ReportNotFoundException(long id) {
        super("No report " + id);
    }
}
