package org.cablearchive.editorial.web;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.cablearchive.editorial.Editor;
import org.cablearchive.editorial.Redaction;
import org.cablearchive.records.DocumentEditing;
import org.cablearchive.records.InvalidDocumentException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/** The form under a document's text where editors withhold a passage; post/redirect/get back to the document. */
@Controller
class RedactionPageController {

    /** What the form sends. */
    record WithholdForm(String text, String extent, String reason) implements Serializable { }

    private final Redaction redaction;

    RedactionPageController(Redaction redaction) {
        this.redaction = redaction;
    }

    @PostMapping("/documents/{id}/withheld")
    String withhold(@PathVariable String id, @ModelAttribute WithholdForm form, Authentication who, RedirectAttributes flash) {
        String page = "redirect:/documents/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
        try {
            DocumentEditing.Withheld w = redaction.withhold(id, form.text(), form.extent(), form.reason(), Editor.of(who));
            flash.addFlashAttribute("redactionMessage", "Withheld: the text now reads " + w.marker() + " for everyone else.");
            return page + "#" + w.key();
        } catch (InvalidDocumentException e) {
            // Back to the form with what was typed: the person is an editor, who may read withheld text anyway.
            flash.addFlashAttribute("redactionError", e.getMessage());
            flash.addFlashAttribute("redactionForm", form);
            return page + "#redaction";
        }
    }
}
