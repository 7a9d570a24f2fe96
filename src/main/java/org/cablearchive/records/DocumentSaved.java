package org.cablearchive.records;

/**
 * A document was saved by a person (created, edited, moved through the workflow, restored): published inside the
 * saving transaction, so that what listens (revisions, the audit log) is written with the save or not at all.
 * {@code action}: CREATED, EDITED, RESTORED or a {@link WorkflowAction}'s name; {@code snapshot}: the document as
 * saved.
 */
public record DocumentSaved(String documentId, long version, String action, String by, String comment,
                            DocumentSnapshot snapshot, Previous previous) {

    public DocumentSaved(String documentId, long version, String action, String by, String comment, DocumentSnapshot snapshot) {
        this(documentId, version, action, by, comment, snapshot, null);
    }

    /**
     * What the document held before a save that may be its first revision (a new import of a volume changing a document
     * whose reading was never saved through the desk): kept as the revision before it when there is none, so that the
     * change can be compared with what it replaced.
     */
    public record Previous(long version, String by, DocumentSnapshot snapshot) { }
}
