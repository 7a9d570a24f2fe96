package org.cablearchive.records;

/**
 * A document was saved by a person (created, edited, moved through the workflow, restored): published inside the
 * saving transaction, so that what listens (revisions, the audit log) is written with the save or not at all.
 * {@code action}: CREATED, EDITED, RESTORED or a {@link WorkflowAction}'s name; {@code snapshot}: the document as
 * saved.
 */
public record DocumentSaved(String documentId, long version, String action, String by, String comment,
                            DocumentSnapshot snapshot) { }
