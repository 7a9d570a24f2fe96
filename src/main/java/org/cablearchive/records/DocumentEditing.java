package org.cablearchive.records;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How the editorial desk changes documents: every method is one transaction that saves the document and
 * publishes {@link DocumentSaved} inside it (the document registers it; revisions and the audit trail take it). Who may
 * do what is the desk's policy; these methods enforce what the document itself allows (its state, the four-eyes
 * rule, optimistic locking).
 */
public interface DocumentEditing {

    /**
     * Saves a new reading of the document, made from {@code expectedVersion}.
     *
     * @return the new version
     * @throws StaleDocumentException      when the document was saved since {@code expectedVersion}
     * @throws IllegalTransitionException  when the document cannot be edited in its state
     * @throws InvalidDocumentException    when the draft cannot be saved (the message says why)
     * @throws DocumentNotFoundException   when there is no such document
     */
    long revise(String id, DocumentDraft draft, long expectedVersion, String by, String comment);

    /** Makes a workflow move; returns the new status. {@code comment}: the reason, for WITHDRAW (required). */
    DocumentStatus transition(String id, WorkflowAction action, String by, String comment);

    /** Saves an earlier snapshot as the document's new state (a new revision of its own); returns the new version. */
    long restore(String id, DocumentSnapshot snapshot, long expectedVersion, String by, String comment);

    /**
     * Publishes the documents of a volume that was imported as drafts and are still drafts, as one batch; returns
     * how many were published.
     */
    int publishVolume(String volumeId, String by);

    /**
     * Documents in these states, last changed first: {@code createdBy} (or null) keeps those that person created,
     * {@code notSubmittedBy} (or null) leaves out those that person submitted (what waits for an editor's review).
     */
    List<DocumentSummary> queue(Set<DocumentStatus> statuses, String createdBy, String notSubmittedBy, int limit);

    /** Published documents with a pending correction, the newest correction first. */
    List<DocumentSummary> corrections(int limit);

    /** The documents published last, newest first. */
    List<DocumentSummary> recentlyPublished(int limit);

    /** Volumes that hold drafts (imported as a batch to review), with how many and who imported them. */
    List<VolumeDrafts> volumesWithDrafts();

    /** A volume with drafts: its id, title, how many drafts, who imported them. */
    record VolumeDrafts(String volumeId, String title, long drafts, String importedBy) { }

    /** The document as the desk works on it. */
    Optional<EditableDocument> find(String id);

    /**
     * A document on the desk: its id, version, status and people, and what it holds ({@code snapshot}: the document
     * as it is, for a published one the text the public reads); {@code correction}: a published document's pending
     * correction, or null; {@code touchedBy}: who created, edited or submitted it since it was last approved.
     */
    record EditableDocument(String id, String volumeId, long version, DocumentStatus status, String createdBy,
                            String submittedBy, String approvedBy, String withdrawnReason, DocumentSnapshot snapshot,
                            PendingCorrection correction, List<String> touchedBy, boolean approvedOnce) {

        public EditableDocument(String id, String volumeId, long version, DocumentStatus status, String createdBy,
                                String submittedBy, String approvedBy, String withdrawnReason, DocumentSnapshot snapshot) {
            this(id, volumeId, version, status, createdBy, submittedBy, approvedBy, withdrawnReason, snapshot, null,
                    List.of(), false);
        }

        /** True while its text may be changed ({@link DocumentStatus#isEditable}). */
        public boolean isEditable() {
            return status.isEditable();
        }

        /**
         * The moves the workflow table opens on it now, whoever asks: on its pending correction when it has one
         * (withdrawing moves the document itself), else on the document ({@link DocumentStatus#actions(DocumentStatus)}).
         */
        public Set<WorkflowAction> availableActions() {
            return status.actions(correction == null ? null : correction.stage());
        }

        /** Where what the desk works on stands: the pending correction's stage, or the document's status. */
        public DocumentStatus workingStatus() {
            return correction != null ? correction.stage() : status;
        }

        /** What the desk works on: the pending correction's reading, or the document as it is. */
        public DocumentSnapshot working() {
            return correction != null ? correction.reading() : snapshot;
        }

        /** Who submitted what waits for review: the correction's submitter, or the document's. */
        public String workingSubmittedBy() {
            return correction != null ? correction.submittedBy() : submittedBy;
        }

        /** True when this person may approve it now (the four-eyes rule, {@link ReviewPolicy#mayApprove}). */
        public boolean mayBeApprovedBy(String username) {
            return ReviewPolicy.mayApprove(username, touchedBy, approvedOnce, createdBy);
        }
    }

    /**
     * A correction of a published document waiting for review, beside the published text: where it stands (DRAFT,
     * IN_REVIEW, CHANGES_REQUESTED, APPROVED), who proposed it and when, from which file when a volume import proposed
     * it, who submitted and approved it, and its whole reading.
     */
    record PendingCorrection(DocumentStatus stage, String proposedBy, Instant proposedAt, String source,
                             String submittedBy, String approvedBy, DocumentSnapshot reading) { }

    /**
     * Takes the document's row lock for the rest of the transaction, before anything else of it is read or written:
     * every change of a document begins here, so that concurrent changes of one document queue in one order (the
     * document row first, then its footnotes, references, revisions and audit entries) instead of deadlocking, and the
     * later one finds the document as the earlier one left it (409 when it was made from an older version).
     *
     * @throws DocumentNotFoundException when there is no such document
     */
    void lock(String id);

    /**
     * Links cross-reference {@code referenceKey} of document {@code documentId} to the document an archivist chose
     * for it (an unresolved "Embtel 634" whose telegram the matcher could not single out): one save, with its
     * revision. The link is kept across later edits for as long as the reference is in the text. Returns the new
     * version.
     *
     * @throws InvalidDocumentException  when the document has no such reference, or the target does not exist
     * @throws DocumentNotFoundException when there is no such document
     */
    long linkReference(String documentId, String referenceKey, String targetDocumentId, String by);

    // ----------------------------------------------------------------------------------------------------------
    // Withheld passages (redaction); who may withhold and who may read them is the desk's policy.

    /**
     * Withholds the one place where {@code passage} stands in the body's plain text: the body keeps the marker
     * "[{@code extent}]" there and the passage is kept apart. Publishes {@link DocumentSaved} (action WITHHELD).
     *
     * @throws InvalidDocumentException  when the passage is not in the text, stands in several places, or cannot be cut
     *                                   out whole (the message says what to do; it never quotes the document)
     * @throws DocumentNotFoundException when there is no such document
     */
    Withheld withhold(String id, String passage, String extent, String reason, String by);

    /** A passage withheld: the key of its marker, the marker as everyone else reads it, the document's new version. */
    record Withheld(String key, String marker, long version) { }

    /** The document's withheld passages, oldest first: for code that has checked the reader's right only. */
    List<WithheldPassage> withheld(String id);

    /** An earlier state of the document with each of its withheld passages replaced by its marker. */
    DocumentSnapshot masked(String id, DocumentSnapshot snapshot);
}
