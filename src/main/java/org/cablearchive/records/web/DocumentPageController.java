package org.cablearchive.records.web;

import jakarta.servlet.http.HttpServletRequest;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentNotFoundException;
import org.cablearchive.records.Readers;
import org.cablearchive.records.domain.DocumentReadings;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The reading pages: the list of documents and a document as it reads on the printed page. */
@Controller
class DocumentPageController {

    static final int PAGE_SIZE = 20;

    private final DocumentCatalog catalog;
    private final DocumentReadings readings;

    DocumentPageController(DocumentCatalog catalog, DocumentReadings readings) {
        this.catalog = catalog;
        this.readings = readings;
    }

    @GetMapping("/documents")
    String list(@RequestParam(defaultValue = "1") int page, Model model, HttpServletRequest request) {
        int index = Math.max(page, 1) - 1;
        model.addAttribute("documents", catalog.list(PageRequest.of(index, PAGE_SIZE), Readers.isStaff(request)));
        return "records/documents";
    }

    @GetMapping("/documents/{id}")
    String document(@PathVariable String id, Model model, HttpServletRequest request) {
        model.addAttribute("reading", readings.reading(id, Readers.isStaff(request))
                .orElseThrow(() -> new DocumentNotFoundException(id)));
        return "records/document";
    }
}
