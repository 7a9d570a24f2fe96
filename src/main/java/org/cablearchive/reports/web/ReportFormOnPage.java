package org.cablearchive.reports.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.cablearchive.records.DocumentPageExtension;
import org.cablearchive.records.DocumentView;
import org.springframework.stereotype.Component;

/** Offers "Report an error" on the page of every saved document its reader may see. */
@Component
class ReportFormOnPage implements DocumentPageExtension {

    @Override
    public Map<String, ?> attributes(DocumentView document, HttpServletRequest request) {
        return document.id() == null ? Map.of() : Map.of("reportable", true);
    }
}
