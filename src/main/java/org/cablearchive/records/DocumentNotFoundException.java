package org.cablearchive.records;

/** No document with this id exists, or the reader may not see it (the two are not told apart). */
public class DocumentNotFoundException extends RuntimeException {

    private final String id;

    public DocumentNotFoundException(String id) {
        super("No document " + id + " in the archive");
        this.id = id;
    }

    public String id() {
        return id;
    }
}
