package org.cablearchive.editorial.web.entry;

import jakarta.validation.Valid;
import java.util.List;
import org.cablearchive.editorial.Editor;
import org.cablearchive.ingest.PlainTextForms;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.InvalidDocumentException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Entering documents (archivists, editors, administrators): the new document form, and a telegram pasted in its
 * printed plain-text form, read and shown beside the form to correct before it is saved. New documents are drafts.
 */
@Controller
class EntryPages {

    private final DocumentCatalog catalog;
    private final DocumentForms forms;
    private final PlainTextForms plainText;
    private final FormChoices choices;
    private final EditPages edits;

    EntryPages(DocumentCatalog catalog, DocumentForms forms, PlainTextForms plainText, FormChoices choices, EditPages edits) {
        this.edits = edits;
        this.catalog = catalog;
        this.forms = forms;
        this.plainText = plainText;
        this.choices = choices;
    }

    @GetMapping("/documents/new")
    String newDocument(Model model, Authentication who) {
        requireArchivist(who);
        model.addAttribute("form", DocumentForm.empty());
        return page(model, "new");
    }

    @PostMapping("/documents/new")
    String create(@Valid @ModelAttribute("form") DocumentForm form, BindingResult errors, Model model, Authentication who,
                  RedirectAttributes redirect) {
        return save(form, errors, model, who, redirect, "new");
    }

    @GetMapping("/documents/paste")
    String pastePage(Model model, Authentication who) {
        requireArchivist(who);
        model.addAttribute("text", "");
        return "editorial/paste";
    }

    /** Reads the pasted text and shows the reading as a form beside it, with the reader's warnings. */
    @PostMapping(path = "/documents/paste", params = "!save")
    String read(@RequestParam(defaultValue = "") String text, Model model, Authentication who) {
        requireArchivist(who);
        model.addAttribute("text", text);
        try {
            PlainTextForms.Telegram reading = plainText.readTelegram(text);
            DocumentForm form = DocumentForm.of(reading.draft());
            model.addAttribute("form", form);
            // The preview shows the reading at once, before anything is typed.
            model.addAttribute("preview", edits.previewOf(form));
            model.addAttribute("warnings", reading.warnings());
            model.addAttribute("confident", reading.confident());
            model.addAttribute("opener", reading.opener());
            choices.addTo(model);
        } catch (InvalidDocumentException e) {
            model.addAttribute("unreadable", e.getMessage());
        }
        return "editorial/paste";
    }

    /** Saves the corrected reading as a draft. */
    @PostMapping(path = "/documents/paste", params = "save")
    String savePasted(@Valid @ModelAttribute("form") DocumentForm form, BindingResult errors,
                      @RequestParam(defaultValue = "") String text, Model model, Authentication who,
                      RedirectAttributes redirect) {
        model.addAttribute("text", text);
        model.addAttribute("warnings", List.of());
        return save(form, errors, model, who, redirect, "paste");
    }

    private String save(DocumentForm form, BindingResult errors, Model model, Authentication who,
                        RedirectAttributes redirect, String view) {
        Editor editor = requireArchivist(who);
        forms.check(form, errors);
        if (!errors.hasErrors()) {
            try {
                DocumentForms.Entry entry = forms.newDocument(form);
                String id = catalog.create(entry.draft(), DocumentStatus.DRAFT, editor.username());
                redirect.addFlashAttribute("flash", "Saved as a draft. " + String.join(" ", entry.warnings()));
                return "redirect:/documents/" + id;
            } catch (InvalidDocumentException e) {
                errors.reject("invalid", e.getMessage());
            }
        }
        return view.equals("new") ? page(model, view) : withChoices(model, "editorial/paste");
    }

    private String page(Model model, String mode) {
        model.addAttribute("mode", mode);
        return withChoices(model, "editorial/new");
    }

    private String withChoices(Model model, String view) {
        choices.addTo(model);
        return view;
    }

    static Editor requireArchivist(Authentication who) {
        Editor editor = Editor.of(who);
        if (!editor.isArchivist()) {
            throw new AccessDeniedException("Documents are entered by archivists and editors");
        }
        return editor;
    }
}
