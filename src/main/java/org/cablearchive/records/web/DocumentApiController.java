package org.cablearchive.records.web;

import jakarta.servlet.http.HttpServletRequest;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentNotFoundException;
import org.cablearchive.records.DocumentView;
import org.cablearchive.records.Readers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Documents as JSON, for scripts and other tools. */
@RestController
@RequestMapping("/api/documents")
class DocumentApiController {

    private final DocumentCatalog catalog;

    DocumentApiController(DocumentCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/{id}")
    DocumentView document(@PathVariable String id, HttpServletRequest request) {
        return catalog.find(id, Readers.isStaff(request)).orElseThrow(() -> new DocumentNotFoundException(id));
    }
}
