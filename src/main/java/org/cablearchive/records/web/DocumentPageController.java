package org.cablearchive.records.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.cablearchive.accounts.Reader;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentList;
import org.cablearchive.records.DocumentNotFoundException;
import org.cablearchive.records.DocumentPageExtension;
import org.cablearchive.records.Tombstone;
import org.cablearchive.records.domain.DocumentLinks;
import org.cablearchive.records.domain.DocumentReading;
import org.cablearchive.records.domain.DocumentReadings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The reading pages: the list of documents and a document as it reads on the printed page. */
@Controller
class DocumentPageController {

    static final int PAGE_SIZE = 20;
    /** The page names at most this many documents that cite the one shown, the earliest first. */
    static final int CITED_BY = 100;

    private final DocumentCatalog catalog;
    private final DocumentReadings readings;
    private final List<DocumentPageExtension> extensions;
    private final DocumentLinks links;
    private final WithheldAccess withheld;

    DocumentPageController(DocumentCatalog catalog, DocumentReadings readings, List<DocumentPageExtension> extensions,
                           DocumentLinks links, WithheldAccess withheld) {
        this.withheld = withheld;
        this.catalog = catalog;
        this.readings = readings;
        this.extensions = extensions;
        this.links = links;
    }

    /**
     * The documents, newest first, 20 a page, read by key: {@code ?after=} and {@code ?before=} a place in the list
     * (the pager's links), or {@code ?page=N}, which begins at the N-th twenty places without counting the rows before.
     */
    @GetMapping("/documents")
    String list(@RequestParam(defaultValue = "1") int page, @RequestParam(required = false) Long after,
                @RequestParam(required = false) Long before, Model model, Reader reader) {
        DocumentList.Position at = after != null ? DocumentList.Position.after(after)
                : before != null ? DocumentList.Position.before(before) : DocumentList.Position.page(page);
        model.addAttribute("documents", catalog.list(at, PAGE_SIZE, reader));
        return "records/documents";
    }

    @GetMapping("/documents/{id}")
    String document(@PathVariable String id, Model model, Reader reader, HttpServletRequest request,
                    HttpServletResponse response) {
        DocumentReading reading = readings.reading(id, reader,
                        (status, createdBy) -> withheld.mayRead(id, status, createdBy, request)).orElse(null);
        if (reading == null) {
            // A withdrawn document stays as a tombstone that says why (410 Gone); anything else unseen does not exist.
            Tombstone tombstone = catalog.tombstone(id).orElseThrow(() -> new DocumentNotFoundException(id));
            response.setStatus(410);
            model.addAttribute("tombstone", tombstone);
            return "records/tombstone";
        }
        model.addAttribute("reading", reading);
        List<DocumentLinks.Linked> citedBy = links.referencedBy(id, reader, CITED_BY + 1);
        model.addAttribute("citedBy", citedBy.subList(0, Math.min(CITED_BY, citedBy.size())));
        model.addAttribute("citedByMore", citedBy.size() > CITED_BY);
        model.addAttribute("inDateOrder", links.neighboursInDate(id, reader));
        model.addAttribute("thread", links.thread(id, reader));
        extensions.forEach(e -> model.addAllAttributes(e.attributes(reading.document(), request)));
        return "records/document";
    }
}
