package org.cablearchive.records.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentNotFoundException;
import org.cablearchive.records.DocumentPageExtension;
import org.cablearchive.records.Readers;
import org.cablearchive.records.domain.DocumentReading;
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
    private final List<DocumentPageExtension> extensions;
    private final org.cablearchive.records.domain.DocumentLinks links;
    private final WithheldAccess withheld;

    DocumentPageController(DocumentCatalog catalog, DocumentReadings readings, List<DocumentPageExtension> extensions,
                           org.cablearchive.records.domain.DocumentLinks links, WithheldAccess withheld) {
        this.withheld = withheld;
        this.catalog = catalog;
        this.readings = readings;
        this.extensions = extensions;
        this.links = links;
    }

    @GetMapping("/documents")
    String list(@RequestParam(defaultValue = "1") int page, Model model, HttpServletRequest request) {
        int index = Math.max(page, 1) - 1;
        model.addAttribute("documents", catalog.list(PageRequest.of(index, PAGE_SIZE), Readers.isStaff(request)));
        return "records/documents";
    }

    @GetMapping("/documents/{id}")
    String document(@PathVariable String id, Model model, HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response) {
        DocumentReading reading = readings.reading(id, Readers.isStaff(request),
                        (status, createdBy) -> withheld.mayRead(id, status, createdBy, request)).orElse(null);
        if (reading == null) {
            // A withdrawn document stays as a tombstone that says why (410 Gone); anything else unseen does not exist.
            org.cablearchive.records.Tombstone tombstone = catalog.tombstone(id).orElseThrow(() -> new DocumentNotFoundException(id));
            response.setStatus(410);
            model.addAttribute("tombstone", tombstone);
            return "records/tombstone";
        }
        model.addAttribute("reading", reading);
        boolean staff = Readers.isStaff(request);
        model.addAttribute("citedBy", links.referencedBy(id, staff));
        model.addAttribute("inDateOrder", links.neighboursInDate(id, staff));
        model.addAttribute("thread", links.thread(id, staff));
        extensions.forEach(e -> model.addAllAttributes(e.attributes(reading.document(), request)));
        return "records/document";
    }
}
