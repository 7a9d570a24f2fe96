package org.cablearchive.editorial.web.entry;

import java.util.Arrays;
import org.cablearchive.records.Classification;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.Precedence;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The lists the forms choose from: types, classifications and precedences. */
@Component
class FormChoices {

    void addTo(Model model) {
        model.addAttribute("types", Arrays.asList(DocumentType.values()));
        model.addAttribute("classifications", Arrays.asList(Classification.values()));
        model.addAttribute("precedences", Arrays.asList(Precedence.values()));
    }
}
