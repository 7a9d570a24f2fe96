package org.cablearchive.search.web;

import org.cablearchive.search.SearchIndex;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * For administrators: how many documents the index holds against the database, and a button that rebuilds the
 * whole index from PostgreSQL, with its progress (polled by htmx, or shown on reload without JavaScript).
 */
@Controller
class SearchIndexController {

    private final SearchIndex index;

    SearchIndexController(SearchIndex index) {
        this.index = index;
    }

    @GetMapping("/admin/search-index")
    String page(Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
        model.addAttribute("rebuild", index.rebuildStatus());
        model.addAttribute("indexed", index.indexedCount());
        model.addAttribute("inDatabase", index.databaseCount());
        return "true".equals(htmx) ? "search/index :: status" : "search/index";
    }

    @PostMapping("/admin/search-index/rebuild")
    String rebuild(RedirectAttributes redirect) {
        boolean started = index.startRebuild();
        redirect.addFlashAttribute("message", started ? "The index is being rebuilt from the database."
                : "A rebuild is running already.");
        return "redirect:/admin/search-index";
    }
}
