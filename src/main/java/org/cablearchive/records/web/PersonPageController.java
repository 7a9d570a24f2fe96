package org.cablearchive.records.web;

import org.cablearchive.people.Persons;
import org.cablearchive.accounts.Reader;
import org.cablearchive.records.domain.PersonDocuments;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The persons index (names found by any part, whatever their case and accents) and a person's page: the authority
 * record, how many documents name the person, and those documents 50 at a time in date order, read by key.
 */
@Controller
class PersonPageController {

    static final int PERSONS_PAGE = 50;
    static final int DOCUMENTS_PAGE = 50;
    private static final int LONGEST_QUERY = 200;

    private final Persons persons;
    private final PersonDocuments documents;

    PersonPageController(Persons persons, PersonDocuments documents) {
        this.persons = persons;
        this.documents = documents;
    }

    @GetMapping("/persons")
    String persons(@RequestParam(required = false) String q, @RequestParam(required = false) String after, Model model,
                   Reader reader) {
        String typed = q == null ? "" : q.strip();
        if (typed.length() > LONGEST_QUERY) {
            typed = typed.substring(0, LONGEST_QUERY);
        }
        model.addAttribute("q", typed);
        model.addAttribute("page", documents.persons(typed, after, PERSONS_PAGE, reader));
        model.addAttribute("continued", after != null);
        return "records/persons";
    }

    @GetMapping("/persons/{id}")
    String person(@PathVariable long id, @RequestParam(required = false) String after, Model model,
                  Reader reader) {
        model.addAttribute("person", persons.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No person " + id + " in the archive")));
        model.addAttribute("documents", documents.documents(id, after, DOCUMENTS_PAGE, reader));
        model.addAttribute("continued", after != null);
        return "records/person";
    }
}
