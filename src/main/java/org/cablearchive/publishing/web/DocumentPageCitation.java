package org.cablearchive.publishing.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.cablearchive.publishing.citation.ChicagoNote;
import org.cablearchive.publishing.citation.Citations;
import org.cablearchive.publishing.citation.CitedDocument;
import org.cablearchive.publishing.citation.HtmlMeta;
import org.cablearchive.records.DocumentPageExtension;
import org.cablearchive.records.DocumentView;
import org.springframework.stereotype.Component;

/** Adds "Cite this" and the reference managers' {@code <meta>} tags to a document's reading page. */
@Component
class DocumentPageCitation implements DocumentPageExtension {

    private final Citations citations;

    DocumentPageCitation(Citations citations) {
        this.citations = citations;
    }

    @Override
    public Map<String, ?> attributes(DocumentView document, HttpServletRequest request) {
        CitedDocument cited = citations.of(document, request);
        return Map.of("citation", new CitationBox(document.id(), ChicagoNote.of(cited), HtmlMeta.of(cited)));
    }
}
