package org.cablearchive.reports;

/** Where a report stands: waiting for the desk, resolved by an edit of the document, or declined with a reason. */
public enum ReportStatus {
    OPEN("Open: waiting for an archivist"),
    RESOLVED("Corrected"),
    DECLINED("Declined");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    /** The status in words, as pages show it. */
    public String label() {
        return label;
    }
}
