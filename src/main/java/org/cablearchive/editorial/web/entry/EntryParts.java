package org.cablearchive.editorial.web.entry;

import java.util.List;
import java.util.Map;
import org.cablearchive.accounts.Reader;
import org.cablearchive.people.Persons;
import org.cablearchive.search.ArchiveSearch;
import org.cablearchive.search.SearchRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The small helpers of the forms: names from the persons' authority records for the sender and recipient fields, and
 * documents of the archive to link a cross-reference to. Each answers htmx with a fragment and a browser without
 * scripts with a page.
 */
@Controller
class EntryParts {

    private final Persons persons;
    private final ArchiveSearch search;

    EntryParts(Persons persons, ArchiveSearch search) {
        this.persons = persons;
        this.search = search;
    }

    /** Suggestions for a name field, as {@code <option>}s of its datalist; the field's own parameter carries the text. */
    @GetMapping("/desk/people")
    String people(@RequestParam Map<String, String> params, Model model, Authentication who) {
        EntryPages.requireArchivist(who);
        String typed = params.entrySet().stream().filter(e -> e.getKey().endsWith("Name") || e.getKey().equals("q"))
                .map(Map.Entry::getValue).findFirst().orElse("");
        model.addAttribute("people", persons.suggest(typed, 12));
        return "editorial/fields :: person-options";
    }

    /**
     * Documents that may be the one a reference names, found by the search: to link on the queue ({@code document} and
     * {@code key} given) or to fill the target field of the editing form ({@code field}).
     */
    @GetMapping("/references/candidates")
    String candidates(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String document,
                      @RequestParam(required = false) String key, @RequestParam(required = false) String field,
                      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Authentication who) {
        EntryPages.requireArchivist(who);
        model.addAttribute("q", q);
        model.addAttribute("forDocument", document);
        model.addAttribute("forKey", key);
        model.addAttribute("forField", field);
        model.addAttribute("hits", q.isBlank() ? List.of()
                : search.search(new SearchRequest(q, Map.of(), null, null, SearchRequest.Sort.RELEVANCE, 1), Reader.of(who)).hits());
        return htmx != null ? "editorial/references :: candidate-list" : "editorial/pick";
    }
}
