package org.cablearchive.records.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentEditing;
import org.cablearchive.records.DocumentNotFoundException;
import org.cablearchive.records.DocumentView;
import org.cablearchive.accounts.Reader;
import org.cablearchive.records.WithheldPassage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Documents as JSON, for scripts and other tools. */
@RestController
@RequestMapping("/api/documents")
class DocumentApiController {

    /** The document, and for a reader who may read them its withheld passages (the body shows only their markers). */
    record DocumentWithWithheld(@JsonUnwrapped DocumentView document,
                                @JsonInclude(JsonInclude.Include.NON_EMPTY) List<WithheldPassage> withheld) { }

    private final DocumentCatalog catalog;
    private final DocumentEditing editing;
    private final WithheldAccess withheld;

    DocumentApiController(DocumentCatalog catalog, DocumentEditing editing, WithheldAccess withheld) {
        this.catalog = catalog;
        this.editing = editing;
        this.withheld = withheld;
    }

    @GetMapping("/{id}")
    DocumentWithWithheld document(@PathVariable String id, Reader reader, HttpServletRequest request) {
        DocumentView view = catalog.find(id, reader).orElseThrow(() -> new DocumentNotFoundException(id));
        List<WithheldPassage> passages = editing.find(id)
                .filter(d -> withheld.mayRead(id, d.status(), d.createdBy(), request))
                .map(d -> editing.withheld(id)).orElse(List.of());
        return new DocumentWithWithheld(view, passages);
    }
}
