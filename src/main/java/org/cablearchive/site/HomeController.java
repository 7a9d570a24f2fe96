package org.cablearchive.site;

import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.accounts.Reader;
import org.cablearchive.records.DocumentList;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what the archive holds and what came in last. */
@Controller
class HomeController {

    private static final int LATEST = 10;

    private final DocumentCatalog catalog;

    HomeController(DocumentCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/")
    String home(Model model, Reader reader) {
        model.addAttribute("counts", catalog.counts(reader));
        model.addAttribute("latest", catalog.list(DocumentList.Position.page(1), LATEST, reader).documents());
        return "site/home";
    }
}
