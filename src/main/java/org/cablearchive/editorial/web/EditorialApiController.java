package org.cablearchive.editorial.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cablearchive.editorial.AuditLog;
import org.cablearchive.editorial.Editor;
import org.cablearchive.editorial.EditorialDesk;
import org.cablearchive.editorial.Revisions;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.WorkflowAction;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The desk for scripts: workflow moves, revisions, the audit log (the pages come first; these mirror them). */
@RestController
class EditorialApiController {

    /** {@code {"action": "SUBMIT|REQUEST_CHANGES|APPROVE|PUBLISH|WITHDRAW", "comment": "…"}} */
    record TransitionCommand(@NotNull(message = "Give the action: SUBMIT, REQUEST_CHANGES, APPROVE, PUBLISH or WITHDRAW")
                             WorkflowAction action, String comment) { }

    record TransitionResult(String id, DocumentStatus status) { }

    private final EditorialDesk desk;
    private final Revisions revisions;
    private final AuditLog audit;

    EditorialApiController(EditorialDesk desk, Revisions revisions, AuditLog audit) {
        this.desk = desk;
        this.revisions = revisions;
        this.audit = audit;
    }

    @PostMapping("/api/documents/{id}/transitions")
    TransitionResult transition(@PathVariable String id, @Valid @RequestBody TransitionCommand command, Authentication who) {
        return new TransitionResult(id, desk.transition(id, command.action(), command.comment(), Editor.of(who)));
    }

    @GetMapping("/api/documents/{id}/revisions")
    List<Revisions.Summary> revisions(@PathVariable String id, Authentication who) {
        Editor editor = Editor.of(who);
        desk.document(id, editor);
        if (!editor.isStaff()) {
            throw new AccessDeniedException("Revisions are for archivists and editors");
        }
        return revisions.list(id);
    }

    /** The audit log (administrators), newest first, filtered like its page. */
    @GetMapping("/api/audit")
    Map<String, Object> audit(@RequestParam(required = false) String document, @RequestParam(required = false) String actor,
                              @RequestParam(required = false) String action, @RequestParam(required = false) Instant from,
                              @RequestParam(required = false) Instant until, @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "100") int size) {
        var result = audit.find(new AuditLog.Filter(document, actor, action, from, until),
                PageRequest.of(Math.max(0, page), Math.max(1, Math.min(size, 1000))));
        return Map.of("entries", result.getContent(), "total", result.getTotalElements(), "page", result.getNumber());
    }
}
