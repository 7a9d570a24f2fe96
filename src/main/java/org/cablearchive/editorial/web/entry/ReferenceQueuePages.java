package org.cablearchive.editorial.web.entry;

import org.cablearchive.editorial.Editor;
import org.cablearchive.editorial.EditorialDesk;
import org.cablearchive.records.CrossReferences;
import org.cablearchive.records.InvalidDocumentException;
import org.cablearchive.records.ReferenceKind;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The queue of cross-references that lead nowhere yet ("Embtel 634" whose telegram the archive could not single out),
 * newest documents first, by kind; an archivist links each to its document, picked from a search.
 */
@Controller
class ReferenceQueuePages {

    static final int PAGE_SIZE = 30;

    private final CrossReferences references;
    private final EditorialDesk desk;

    ReferenceQueuePages(CrossReferences references, EditorialDesk desk) {
        this.references = references;
        this.desk = desk;
    }

    @GetMapping("/references/unresolved")
    String queue(@RequestParam(required = false) ReferenceKind kind, @RequestParam(defaultValue = "1") int page,
                 Model model, Authentication who) {
        EntryPages.requireArchivist(who);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", references.unresolvedKinds());
        model.addAttribute("queue", references.unresolved(kind, PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE)));
        return "editorial/unresolved";
    }

    @PostMapping("/references/link")
    String link(@RequestParam String document, @RequestParam String key, @RequestParam(defaultValue = "") String target,
                @RequestParam(required = false) ReferenceKind kind, Authentication who, RedirectAttributes redirect) {
        try {
            long version = desk.linkReference(document, key, target, Editor.of(who));
            redirect.addFlashAttribute("flash", "Linked: document " + document + " is now at version " + version + ".");
        } catch (InvalidDocumentException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return kind == null ? "redirect:/references/unresolved" : "redirect:/references/unresolved?kind=" + kind.name();
    }
}
