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
                 long revisions, EditorialDesk.Comment request) {

        /** True when the panel's one comment box must be filled in (a move that needs a reason is offered). */
        public boolean reasonMoves() {
            return actions.stream().anyMatch(a -> a == WorkflowAction.REQUEST_CHANGES || a == WorkflowAction.WITHDRAW);
        }
    }

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
        List<EditorialDesk.Comment> thread = desk.comments(d.id());
        EditorialDesk.Comment open = EditorialDesk.openRequest(d.status(), thread).orElse(null);
        List<WorkflowAction> actions = desk.actions(d, editor);
        boolean mayEdit = desk.mayEdit(d, editor);
        // The reviewer who asked for changes waits for the archivist: editing and resubmitting are not offered to them.
        if (open != null && open.by().equalsIgnoreCase(editor.username())) {
            actions = actions.stream().filter(a -> a != WorkflowAction.SUBMIT).toList();
            mayEdit = false;
        }
        return Map.of("desk", new Panel(d, actions, mayEdit, thread, revisions.count(d.id()), open));
    }
}
