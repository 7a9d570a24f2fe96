package org.cablearchive.publishing.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.cablearchive.publishing.citation.BibTex;
import org.cablearchive.publishing.citation.Citations;
import org.cablearchive.publishing.citation.CitedDocument;
import org.cablearchive.publishing.citation.CslJson;
import org.cablearchive.publishing.citation.RisRecord;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentView;
import org.cablearchive.accounts.Reader;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A document to download: as the JSON API gives it, and its reference as CSL-JSON, RIS and BibTeX. The public
 * gets published documents only, and a 404 for anything else, as on the document's page.
 */
@RestController
class CitationController {

    private final DocumentCatalog catalog;
    private final Citations citations;

    CitationController(DocumentCatalog catalog, Citations citations) {
        this.catalog = catalog;
        this.citations = citations;
    }

    @GetMapping("/documents/{id}.json")
    ResponseEntity<DocumentView> json(@PathVariable String id, Reader reader) {
        DocumentView document = catalog.find(id, reader).orElseThrow(() -> notFound(id));
        return ResponseEntity.ok().headers(download(id + ".json")).contentType(MediaType.APPLICATION_JSON).body(document);
    }

    @GetMapping("/documents/{id}.csl.json")
    ResponseEntity<String> csl(@PathVariable String id, Reader reader, HttpServletRequest request) {
        return reference(id, ".csl.json", CslJson.MEDIA_TYPE, CslJson::of, reader, request);
    }

    @GetMapping("/documents/{id}.ris")
    ResponseEntity<String> ris(@PathVariable String id, Reader reader, HttpServletRequest request) {
        return reference(id, ".ris", RisRecord.MEDIA_TYPE, RisRecord::of, reader, request);
    }

    @GetMapping("/documents/{id}.bib")
    ResponseEntity<String> bib(@PathVariable String id, Reader reader, HttpServletRequest request) {
        return reference(id, ".bib", BibTex.MEDIA_TYPE, BibTex::of, reader, request);
    }

    private ResponseEntity<String> reference(String id, String extension, String mediaType,
                                             Function<CitedDocument, String> format, Reader reader, HttpServletRequest request) {
        CitedDocument cited = citations.find(id, reader, request).orElseThrow(() -> notFound(id));
        return ResponseEntity.ok().headers(download(id + extension))
                .contentType(new MediaType(MediaType.parseMediaType(mediaType), StandardCharsets.UTF_8))
                .body(format.apply(cited));
    }

    private static HttpHeaders download(String filename) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment().filename(filename).build());
        return headers;
    }

    private static ResponseStatusException notFound(String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No document " + id + " in the archive, or it is not published");
    }
}
