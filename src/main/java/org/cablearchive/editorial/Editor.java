package org.cablearchive.editorial;

import java.util.Set;
import org.cablearchive.accounts.Reader;
import org.cablearchive.accounts.Role;
import org.cablearchive.records.DocumentEditing.EditableDocument;
import org.cablearchive.records.ReviewPolicy;
import org.cablearchive.records.ReviewPolicy.Standing;
import org.cablearchive.records.WorkflowAction;
import org.springframework.security.core.Authentication;

/** The person at the desk: their username and roles, as signed in; what their roles allow is {@link Role}'s to say. */
public record Editor(String username, Set<Role> roles) {

    public static Editor of(Authentication authentication) {
        return of(Reader.of(authentication));
    }

    public static Editor of(Reader reader) {
        return new Editor(reader.username(), reader.roles());
    }

    /** The same person as a reader of the archive (what they may see). */
    public Reader reader() {
        return new Reader(username, roles);
    }

    /** Who they are, as the review policy asks. */
    public Standing standing() {
        return Standing.of(reader());
    }

    /** True when their standing lets them make the move at all (the review policy's least standing for it). */
    public boolean may(WorkflowAction action) {
        return ReviewPolicy.allows(ReviewPolicy.Move.of(action), standing());
    }

    /**
     * True when they may make the move on this document: their standing allows it, and an approval is not theirs to
     * give when they created, edited or submitted it since its last approval (the four-eyes rule,
     * {@link ReviewPolicy#mayApprove}). Which moves its state opens is the document's to say.
     */
    public boolean may(WorkflowAction action, EditableDocument document) {
        return may(action) && (action != WorkflowAction.APPROVE || document.mayBeApprovedBy(username));
    }

    public boolean isAdmin() {
        return reader().isAdmin();
    }

    /** Reviews, approves, publishes, withdraws, corrects published documents. */
    public boolean isEditor() {
        return reader().reviews();
    }

    /** Creates and edits drafts, submits them. */
    public boolean isArchivist() {
        return reader().isStaff();
    }

    /** Staff see every document; the public and researchers see published ones only. */
    public boolean isStaff() {
        return reader().seesUnpublished();
    }
}
