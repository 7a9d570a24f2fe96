package org.cablearchive.editorial.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.cablearchive.editorial.EditorialDesk;
import org.cablearchive.editorial.Editor;
import org.cablearchive.editorial.Revisions;
import org.cablearchive.records.DocumentEditing.EditableDocument;
import org.cablearchive.records.DocumentPageExtension;
import org.cablearchive.records.DocumentView;
import org.cablearchive.records.WorkflowAction;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The desk's panel on a document's reading page, for staff: its state, the moves they may make, the review thread. */
@Component
class DeskPanel implements DocumentPageExtension {

    /** What the panel shows. */
    record Panel(EditableDocument document, List<WorkflowAction> actions, boolean mayEdit, List<EditorialDesk.Comment> comments,
                 long revisions) { }

    private final EditorialDesk desk;
    private final Revisions revisions;

    DeskPanel(EditorialDesk desk, Revisions revisions) {
        this.desk = desk;
        this.revisions = revisions;
    }

    @Override
    public Map<String, ?> attributes(DocumentView document, HttpServletRequest request) {
        Editor editor = Editor.of(SecurityContextHolder.getContext().getAuthentication());
        if (!editor.isStaff() || document.id() == null) {
            return Map.of();
        }
        EditableDocument d = desk.document(document.id(), editor);
        return Map.of("desk", new Panel(d, desk.actions(d, editor), desk.mayEdit(d, editor), desk.comments(d.id()),
                revisions.count(d.id())));
    }
}
