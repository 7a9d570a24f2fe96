package org.cablearchive.editorial.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.cablearchive.editorial.AuditLog;
import org.cablearchive.editorial.DeskSection;
import org.cablearchive.editorial.Editor;
import org.cablearchive.editorial.EditorialDesk;
import org.cablearchive.editorial.Revisions;
import org.cablearchive.records.CrossReferences;
import org.cablearchive.records.DocumentEditing;
import org.cablearchive.records.DocumentNotFoundException;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.FourEyesException;
import org.cablearchive.records.IllegalTransitionException;
import org.cablearchive.records.InvalidDocumentException;
import org.cablearchive.records.StaleDocumentException;
import org.cablearchive.records.WorkflowAction;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The desk's pages: workflow moves and comments from a document's page, its revisions and their comparison and
 * restore, the editorial dashboard, publishing a volume imported as drafts, and the audit log for administrators.
 */
@Controller
class DeskController {

    private final EditorialDesk desk;
    private final Revisions revisions;
    private final DocumentEditing editing;
    private final AuditLog audit;
    private final CrossReferences references;
    private final List<DeskSection> sections;

    DeskController(EditorialDesk desk, Revisions revisions, DocumentEditing editing, AuditLog audit,
                   CrossReferences references, List<DeskSection> sections) {
        this.sections = sections;
        this.desk = desk;
        this.revisions = revisions;
        this.editing = editing;
        this.audit = audit;
        this.references = references;
    }

    @PostMapping("/documents/{id}/transitions")
    String transition(@PathVariable String id, @RequestParam WorkflowAction action, @RequestParam(required = false) String comment,
                      Authentication who, RedirectAttributes flash) {
        try {
            desk.transition(id, action, comment, Editor.of(who));
            flash.addFlashAttribute("notice", switch (action) {
                case SUBMIT -> "Submitted for review.";
                case REQUEST_CHANGES -> "Changes requested: the document is back with its archivist.";
                case APPROVE -> "Approved: it can now be published.";
                case PUBLISH -> "Published: the document is public.";
                case WITHDRAW -> "Withdrawn: the public sees the reason in its place.";
            });
        } catch (IllegalTransitionException | FourEyesException | InvalidDocumentException | StaleDocumentException e) {
            flash.addFlashAttribute("deskError", e.getMessage());
        }
        return "redirect:/documents/" + id + "#desk";
    }

    @PostMapping("/documents/{id}/comments")
    String comment(@PathVariable String id, @RequestParam(required = false) String text, Authentication who,
                   RedirectAttributes flash) {
        try {
            desk.comment(id, text, Editor.of(who));
            flash.addFlashAttribute("notice", "Comment added.");
        } catch (InvalidDocumentException e) {
            flash.addFlashAttribute("deskError", e.getMessage());
        }
        return "redirect:/documents/" + id + "#desk";
    }

    @GetMapping("/documents/{id}/revisions")
    String revisions(@PathVariable String id, Authentication who, Model model) {
        var document = staffDocument(id, who);
        model.addAttribute("document", document);
        model.addAttribute("revisions", revisions.list(id));
        return "editorial/revisions";
    }

    @GetMapping("/documents/{id}/revisions/{number}")
    String revision(@PathVariable String id, @PathVariable int number, Authentication who, Model model) {
        Editor editor = Editor.of(who);
        var document = staffDocument(id, who);
        var comparison = revisions.compare(id, number, editor).orElseThrow(() -> new DocumentNotFoundException(id));
        model.addAttribute("document", document);
        model.addAttribute("comparison", comparison);
        model.addAttribute("mayRestore", editor.isEditor() && document.isEditable()
                && comparison.revision().version() != document.version());
        return "editorial/revision";
    }

    @PostMapping("/documents/{id}/revisions/{number}/restore")
    String restore(@PathVariable String id, @PathVariable int number, @RequestParam long version, Authentication who,
                   RedirectAttributes flash) {
        try {
            desk.restore(id, number, version, Editor.of(who));
            flash.addFlashAttribute("notice", "Revision " + number + " restored, as a new revision.");
            return "redirect:/documents/" + id + "/revisions";
        } catch (IllegalTransitionException | InvalidDocumentException | StaleDocumentException e) {
            flash.addFlashAttribute("deskError", e.getMessage());
            return "redirect:/documents/" + id + "/revisions/" + number;
        }
    }

    @GetMapping("/desk")
    String dashboard(Authentication who, Model model) {
        Editor editor = Editor.of(who);
        if (!editor.isStaff()) {
            throw new AccessDeniedException("The desk is for archivists and editors");
        }
        model.addAttribute("editor", editor);
        var myDrafts = editing.queue(EnumSet.of(DocumentStatus.DRAFT, DocumentStatus.CHANGES_REQUESTED),
                editor.username(), null, 20);
        model.addAttribute("myDrafts", myDrafts);
        model.addAttribute("requests", desk.latestRequests(myDrafts.stream()
                .filter(s -> s.status() == DocumentStatus.CHANGES_REQUESTED).map(s -> s.id()).toList()));
        model.addAttribute("mySubmitted", editing.queue(EnumSet.of(DocumentStatus.IN_REVIEW, DocumentStatus.APPROVED),
                editor.username(), null, 20));
        model.addAttribute("toReview", editor.isEditor()
                ? editing.queue(EnumSet.of(DocumentStatus.IN_REVIEW), null, editor.username(), 20) : List.of());
        model.addAttribute("toPublish", editor.isEditor()
                ? editing.queue(EnumSet.of(DocumentStatus.APPROVED), null, null, 20) : List.of());
        model.addAttribute("corrections", editor.isEditor() ? editing.corrections(20) : List.of());
        model.addAttribute("published", editing.recentlyPublished(10));
        model.addAttribute("draftVolumes", editing.volumesWithDrafts());
        model.addAttribute("unresolved", references.unresolved(null, PageRequest.of(0, 5)));
        model.addAttribute("imports", audit.find(new AuditLog.Filter(null, null, "VOLUME_IMPORTED", null, null),
                PageRequest.of(0, 10)).getContent());
        sections.forEach(section -> model.addAllAttributes(section.attributes(editor)));
        return "editorial/desk";
    }

    @PostMapping("/volumes/{volumeId}/publish")
    String publishVolume(@PathVariable String volumeId, Authentication who, RedirectAttributes flash) {
        try {
            int n = desk.publishVolume(volumeId, Editor.of(who));
            flash.addFlashAttribute("notice", n + " documents of " + volumeId + " published.");
        } catch (FourEyesException e) {
            flash.addFlashAttribute("deskError", e.getMessage());
        }
        return "redirect:/desk";
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) String document, @RequestParam(required = false) String actor,
                 @RequestParam(required = false) String action, @RequestParam(required = false) LocalDate from,
                 @RequestParam(required = false) LocalDate until, @RequestParam(defaultValue = "0") int page, Model model) {
        AuditLog.Filter filter = filter(document, actor, action, from, until);
        model.addAttribute("entries", audit.find(filter, PageRequest.of(Math.max(0, page), 50)));
        model.addAttribute("filter", filter);
        model.addAttribute("from", from);
        model.addAttribute("until", until);
        model.addAttribute("actions", audit.actions());
        return "editorial/audit";
    }

    @GetMapping("/admin/audit.csv")
    void auditCsv(@RequestParam(required = false) String document, @RequestParam(required = false) String actor,
                  @RequestParam(required = false) String action, @RequestParam(required = false) LocalDate from,
                  @RequestParam(required = false) LocalDate until, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        audit.writeCsv(filter(document, actor, action, from, until), out);
        out.flush();
    }

    private static AuditLog.Filter filter(String document, String actor, String action, LocalDate from, LocalDate until) {
        return new AuditLog.Filter(document, actor, action, from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
                until == null ? null : until.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private DocumentEditing.EditableDocument staffDocument(String id, Authentication who) {
        Editor editor = Editor.of(who);
        var document = desk.document(id, editor);
        if (!editor.isStaff()) {
            throw new DocumentNotFoundException(id);
        }
        return document;
    }
}
