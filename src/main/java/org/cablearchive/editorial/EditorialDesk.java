package org.cablearchive.editorial;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentEditing.EditableDocument;
import org.cablearchive.records.DocumentEditing;
import org.cablearchive.records.DocumentNotFoundException;
import org.cablearchive.records.DocumentSnapshot;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.InvalidDocumentException;
import org.cablearchive.records.ReviewPolicy.Move;
import org.cablearchive.records.ReviewPolicy;
import org.cablearchive.records.WorkflowAction;
import org.cablearchive.storage.RetriedOnceWhenDeadlocked;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk applies the archive's {@link ReviewPolicy} over the documents' own rules: who may edit, move, restore and
 * publish what. Archivists edit drafts and submit them; editors review (request changes, approve: not what they
 * created, edited or submitted since its last approval), publish, withdraw, and correct published documents through a
 * pending correction that another editor approves; administrators stand as editors. To someone who may not see a
 * document (the public and researchers, for anything unpublished) it does not exist. Every change takes the
 * document's row lock first ({@link DocumentEditing#lock}), so concurrent changes of one document give one success
 * and 409s.
 */
@Service
public class EditorialDesk {

    /** A review comment as the document's thread shows it. */
    public record Comment(String by, Instant at, String action, String text) { }

    private final DocumentEditing editing;
    private final ReviewCommentRepository comments;
    private final Revisions revisions;

    EditorialDesk(DocumentEditing editing, ReviewCommentRepository comments, Revisions revisions) {
        this.editing = editing;
        this.comments = comments;
        this.revisions = revisions;
    }

    /** The document as this person may work on it; not found when they may not see it. */
    @Transactional(readOnly = true)
    public EditableDocument document(String id, Editor editor) {
        EditableDocument d = editing.find(id).orElseThrow(() -> new DocumentNotFoundException(id));
        if (!editor.isStaff() && !d.status().isPublic()) {
            throw new DocumentNotFoundException(id);
        }
        return d;
    }

    /** Makes a workflow move with its comment (required when requesting changes and withdrawing). */
    @Transactional
    @RetriedOnceWhenDeadlocked
    public DocumentStatus transition(String id, WorkflowAction action, String comment, Editor editor) {
        editing.lock(id);
        document(id, editor);
        if (!editor.may(action)) {
            throw new AccessDeniedException("\"" + action.label() + "\" is for " + (action.isEditorial() ? "editors" : "archivists and editors"));
        }
        boolean noComment = comment == null || comment.isBlank();
        if (action == WorkflowAction.REQUEST_CHANGES && noComment) {
            throw new InvalidDocumentException("Say what should change: the archivist reads it with the document");
        }
        DocumentStatus status = editing.transition(id, action, editor.username(), comment);
        if (!noComment) {
            comments.save(new ReviewComment(id, editor.username(), action.name(), comment));
        }
        return status;
    }

    /**
     * The moves this person may make on the document now (the buttons of its page): what the workflow table opens on it
     * ({@link EditableDocument#availableActions}) that this person may make ({@link Editor#may}).
     */
    public List<WorkflowAction> actions(EditableDocument d, Editor editor) {
        return d.availableActions().stream().filter(action -> editor.may(action, d)).toList();
    }

    /** True when this person may change the document's text now (for a published one: its pending correction). */
    public boolean mayEdit(EditableDocument d, Editor editor) {
        if (!d.isEditable()) {
            return false;
        }
        if (d.status() == DocumentStatus.PUBLISHED) {
            return ReviewPolicy.allows(Move.CORRECT_PUBLISHED, editor.standing(), d.status())
                    && (d.correction() == null || ReviewPolicy.allows(Move.EDIT, editor.standing(), d.correction().stage()));
        }
        return ReviewPolicy.allows(Move.EDIT, editor.standing(), d.status());
    }

    /** Saves an edit made from {@code expectedVersion}; returns the new version. */
    @Transactional
    @RetriedOnceWhenDeadlocked
    public long revise(String id, DocumentDraft draft, long expectedVersion, String comment, Editor editor) {
        editing.lock(id);
        EditableDocument d = document(id, editor);
        Move move = d.status() == DocumentStatus.PUBLISHED ? Move.CORRECT_PUBLISHED : Move.EDIT;
        if (!ReviewPolicy.allows(move, editor.standing())) {
            throw new AccessDeniedException(d.status() == DocumentStatus.PUBLISHED
                    ? "Published documents are corrected by editors" : "Documents are edited by archivists and editors");
        }
        return editing.revise(id, draft, expectedVersion, editor.username(), comment);
    }

    /** Saves revision {@code number}'s state as the document's newest (editors); returns the new version. */
    @Transactional
    @RetriedOnceWhenDeadlocked
    public long restore(String id, int number, long expectedVersion, Editor editor) {
        editing.lock(id);
        document(id, editor);
        if (!ReviewPolicy.allows(Move.RESTORE, editor.standing())) {
            throw new AccessDeniedException("Revisions are restored by editors");
        }
        DocumentSnapshot snapshot = revisions.snapshot(id, number)
                .orElseThrow(() -> new InvalidDocumentException("Document " + id + " has no revision " + number));
        return editing.restore(id, snapshot, expectedVersion, editor.username(), "restored revision " + number);
    }

    /** Publishes a volume imported as drafts, as one batch (editors; not the one who imported it). */
    @Transactional
    @RetriedOnceWhenDeadlocked
    public int publishVolume(String volumeId, Editor editor) {
        if (!ReviewPolicy.allows(Move.PUBLISH, editor.standing())) {
            throw new AccessDeniedException("Volumes are published by editors");
        }
        return editing.publishVolume(volumeId, editor.username());
    }

    /** Adds a comment to the document's review thread (staff). */
    @Transactional
    public void comment(String id, String text, Editor editor) {
        document(id, editor);
        if (!editor.isStaff()) {
            throw new AccessDeniedException("Review comments are for archivists and editors");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidDocumentException("Write the comment first");
        }
        comments.save(new ReviewComment(id, editor.username(), null, text));
    }

    @Transactional(readOnly = true)
    public List<Comment> comments(String id) {
        return comments.findByDocumentIdOrderByWrittenAtAscIdAsc(id).stream().map(ReviewComment::view).toList();
    }

    /**
     * The newest request for changes of each of the documents (those in "changes requested" among them are
     * waiting on it), in one query: the desk shows them beside its list of drafts.
     */
    @Transactional(readOnly = true)
    public Map<String, Comment> latestRequests(Collection<String> documentIds) {
        Map<String, Comment> latest = new HashMap<>();
        if (documentIds.isEmpty()) {
            return latest;
        }
        for (ReviewComment c : comments.findByDocumentIdInAndActionOrderByWrittenAtAscIdAsc(documentIds,
                WorkflowAction.REQUEST_CHANGES.name())) {
            latest.put(c.documentId(), c.view());
        }
        return latest;
    }

    /** The reviewer's request a document in "changes requested" waits on: the newest one in its thread. */
    public static Optional<Comment> openRequest(DocumentStatus status, List<Comment> thread) {
        if (status != DocumentStatus.CHANGES_REQUESTED) {
            return Optional.empty();
        }
        for (int i = thread.size() - 1; i >= 0; i--) {
            if (WorkflowAction.REQUEST_CHANGES.name().equals(thread.get(i).action())) {
                return Optional.of(thread.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Links a cross-reference of a document to the document a person chose for it (archivists; editors for a published
     * document); returns the new version.
     */
    @Transactional
    @RetriedOnceWhenDeadlocked
    public long linkReference(String documentId, String referenceKey, String targetDocumentId, Editor editor) {
        editing.lock(documentId);
        EditableDocument d = document(documentId, editor);
        Move move = d.status() == DocumentStatus.PUBLISHED ? Move.LINK_PUBLISHED : Move.EDIT;
        if (!ReviewPolicy.allows(move, editor.standing())) {
            throw new AccessDeniedException(d.status() == DocumentStatus.PUBLISHED
                    ? "Published documents are corrected by editors" : "References are linked by archivists and editors");
        }
        return editing.linkReference(documentId, referenceKey, targetDocumentId, editor.username());
    }
}
