package org.cablearchive.records;

/**
 * A save made from an older version of a document than the one saved since (someone else saved it in between):
 * refused, never silently overwritten. {@code currentVersion} is the version now saved. 409.
 */
public class StaleDocumentException extends RuntimeException {

    private final String documentId;
    private final long currentVersion;

    public StaleDocumentException(String documentId, long currentVersion) {
        super("Document " + documentId + " was saved by someone else since you opened it (it is now at version "
                + currentVersion + "): nothing was overwritten");
        this.documentId = documentId;
        this.currentVersion = currentVersion;
    }

    public String documentId() {
        return documentId;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
