package org.cablearchive.people.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cablearchive.people.Glossary;
import org.cablearchive.people.GlossaryEntry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The glossary of abbreviations, by initial letter. */
@Controller
class GlossaryPageController {

    private final Glossary glossary;

    GlossaryPageController(Glossary glossary) {
        this.glossary = glossary;
    }

    @GetMapping("/glossary")
    String glossary(Model model) {
        Map<String, List<GlossaryEntry>> byLetter = glossary.entries().stream().collect(Collectors.groupingBy(
                e -> initial(e.abbreviation()), TreeMap::new, Collectors.toList()));
        model.addAttribute("letters", byLetter);
        return "people/glossary";
    }

    private static String initial(String abbreviation) {
        char c = Character.toUpperCase(abbreviation.charAt(0));
        return Character.isLetter(c) ? String.valueOf(c).toUpperCase(Locale.ROOT) : "#";
    }
}
