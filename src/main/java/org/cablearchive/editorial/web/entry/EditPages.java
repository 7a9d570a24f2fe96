package org.cablearchive.editorial.web.entry;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cablearchive.accounts.Reader;
import org.cablearchive.editorial.Editor;
import org.cablearchive.editorial.EditorialDesk;
import org.cablearchive.records.Body;
import org.cablearchive.records.BodyPreview;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentEditing.EditableDocument;
import org.cablearchive.records.DocumentNotFoundException;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.DocumentView;
import org.cablearchive.records.IllegalTransitionException;
import org.cablearchive.records.InvalidDocumentException;
import org.cablearchive.records.StaleDocumentException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editing a document: the same fields as entering one, the body in its plain-text form with a live preview, the
 * footnotes beside it, the cross-references with the documents they lead to. A save is made from the version the form
 * was opened at; when someone saved in between, nothing is overwritten and the merge page shows both versions.
 */
@Controller
class EditPages {

    private final EditorialDesk desk;
    private final DocumentCatalog catalog;
    private final DocumentForms forms;
    private final FormChoices choices;
    private final BodyPreview preview;
    private final Merges merges;

    EditPages(EditorialDesk desk, DocumentCatalog catalog, DocumentForms forms, FormChoices choices, BodyPreview preview,
              Merges merges) {
        this.desk = desk;
        this.catalog = catalog;
        this.forms = forms;
        this.choices = choices;
        this.preview = preview;
        this.merges = merges;
    }

    @GetMapping("/documents/{id}/edit")
    String edit(@PathVariable String id, Model model, Authentication who) {
        EditableDocument d = editable(id, Editor.of(who));
        DocumentForm form = formOf(d);
        model.addAttribute("form", form);
        model.addAttribute("preview", previewOf(form));
        return page(model, d);
    }

    @PostMapping(path = "/documents/{id}/edit", params = "!preview")
    String save(@PathVariable String id, @Valid @ModelAttribute("form") DocumentForm form, BindingResult errors, Model model,
                Authentication who, RedirectAttributes redirect, HttpServletResponse response) {
        Editor editor = Editor.of(who);
        EditableDocument d = editable(id, editor);
        if (form.version() == null) {
            errors.reject("version", "The form did not say which version it was opened at: open the document's form again");
        }
        forms.check(form, errors);
        if (errors.hasErrors()) {
            return page(model, d);
        }
        try {
            if (d.version() != form.version()) {
                throw new StaleDocumentException(id, d.version());
            }
            DocumentForms.Entry entry = forms.edit(form, d.working());
            long version = desk.revise(id, entry.draft(), form.version(), form.comment(), editor);
            redirect.addFlashAttribute("flash", (d.status() == DocumentStatus.PUBLISHED
                    ? "Saved as a correction (version " + version + "): the public reads the published text until another "
                    + "editor approves the correction and it is published; submit it when it is ready."
                    : "Saved: version " + version + ".")
                    + (entry.warnings().isEmpty() ? "" : " " + String.join(" ", entry.warnings())));
            return "redirect:/documents/" + id;
        } catch (InvalidDocumentException e) {
            errors.reject("invalid", e.getMessage());
            return page(model, d);
        } catch (StaleDocumentException e) {
            EditableDocument now = desk.document(id, editor);
            model.addAttribute("merge", merges.of(form, formOf(now), now.version()));
            model.addAttribute("document", now);
            response.setStatus(HttpStatus.CONFLICT.value());
            return "editorial/merge";
        }
    }

    /** The preview without scripts: the form again, with the body as it will read. */
    @PostMapping(path = "/documents/{id}/edit", params = "preview")
    String previewPage(@PathVariable String id, @ModelAttribute("form") DocumentForm form, Model model, Authentication who) {
        EditableDocument d = editable(id, Editor.of(who));
        model.addAttribute("preview", previewOf(form));
        return page(model, d);
    }

    /** The live preview (htmx): the body as it will read, and what the reader could not place. */
    @PostMapping("/documents/preview")
    String preview(@ModelAttribute("form") DocumentForm form, Model model, Authentication who) {
        EntryPages.requireArchivist(who);
        model.addAttribute("preview", previewOf(form));
        return "editorial/fields :: preview-panel";
    }

    Preview previewOf(DocumentForm form) {
        try {
            DocumentForms.Entry entry = forms.newDocument(form);
            return new Preview(preview.html(entry.draft().body()), entry.warnings(), entry.draft().footnotes().stream()
                    .map(f -> new DocumentView.Footnote(f.n(), f.text())).toList(), null);
        } catch (InvalidDocumentException | IllegalArgumentException e) {
            return new Preview("", List.of(), List.of(), e.getMessage());
        }
    }

    /** The body as it will read: HTML the renderer built (all text escaped), warnings, footnotes, or why it cannot be read. */
    record Preview(String html, List<String> warnings, List<DocumentView.Footnote> footnotes, String error) { }

    private EditableDocument editable(String id, Editor editor) {
        EditableDocument d = desk.document(id, editor);
        if (!d.isEditable()) {
            throw new IllegalTransitionException("This document is " + d.status().name().toLowerCase().replace('_', ' ')
                    + " and cannot be edited now" + (d.status().name().equals("WITHDRAWN") ? "."
                    : ": an editor must request changes first."));
        }
        if (!desk.mayEdit(d, editor)) {
            throw new AccessDeniedException(d.status().isPublic() ? "Published documents are corrected by editors"
                    : "Documents are edited by archivists and editors");
        }
        return d;
    }

    private DocumentForm formOf(EditableDocument d) {
        DocumentView view = catalog.find(d.id(), Reader.SYSTEM).orElseThrow(() -> new DocumentNotFoundException(d.id()));
        return DocumentForm.of(d.working(), d.version(), view.references().stream().map(DocumentView.Reference::target).toList());
    }

    private String page(Model model, EditableDocument d) {
        model.addAttribute("document", d);
        model.addAttribute("request", EditorialDesk.openRequest(d.status(), desk.comments(d.id())).orElse(null));
        model.addAttribute("imported", d.volumeId() != null || hasMarkup(d.working().draft().body().xml()));
        model.addAttribute("mode", "edit");
        model.addAttribute("referencesOnForm", DocumentForms.REFERENCES_ON_FORM);
        choices.addTo(model);
        return "editorial/edit";
    }

    /** The elements the plain-text form writes; a body with any other carries markup that reading it again would lose. */
    private static final Set<String> PLAIN = Set.of("p", "pb", "note", "ref", "supplied", "gap", "desc");

    static boolean hasMarkup(String xml) {
        if (xml == null || xml.isBlank()) {
            return false;
        }
        boolean[] rich = {false};
        Body.of(xml).walk(new Body.Visitor() {
            @Override
            public void start(String element, Map<String, String> attributes) {
                rich[0] |= !PLAIN.contains(element);
            }
        });
        return rich[0];
    }
}
