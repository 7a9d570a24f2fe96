package org.cablearchive.records.web;

import jakarta.servlet.http.HttpServletRequest;
import org.cablearchive.people.Persons;
import org.cablearchive.records.Readers;
import org.cablearchive.records.domain.DocumentReadings;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A person's page: the authority record and the documents that name the person. */
@Controller
class PersonPageController {

    private final Persons persons;
    private final DocumentReadings readings;

    PersonPageController(Persons persons, DocumentReadings readings) {
        this.persons = persons;
        this.readings = readings;
    }

    @GetMapping("/persons/{id}")
    String person(@PathVariable long id, Model model, HttpServletRequest request) {
        model.addAttribute("person", persons.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No person " + id + " in the archive")));
        model.addAttribute("documents", readings.mentioning(id, Readers.isStaff(request)));
        return "records/person";
    }
}
