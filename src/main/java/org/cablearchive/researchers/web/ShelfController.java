package org.cablearchive.researchers.web;

import java.util.List;
import org.cablearchive.records.InvalidDocumentException;
import org.cablearchive.accounts.Reader;
import org.cablearchive.researchers.Shelf;
import org.cablearchive.researchers.ShelfSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import java.nio.charset.StandardCharsets;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in reader's page of saved searches and bookmarks, and the forms that fill it. */
@Controller
class ShelfController {

    private final Shelf shelf;
    private final List<ShelfSection> sections;

    ShelfController(Shelf shelf, List<ShelfSection> sections) {
        this.shelf = shelf;
        this.sections = sections;
    }

    @GetMapping("/my")
    String shelf(Authentication who, Reader reader, Model model) {
        model.addAttribute("searches", shelf.searches(who.getName(), reader));
        model.addAttribute("bookmarks", shelf.bookmarks(who.getName(), reader));
        sections.forEach(section -> model.addAllAttributes(section.attributes(who.getName())));
        return "researchers/shelf";
    }

    @PostMapping("/my/searches")
    String saveSearch(@RequestParam(required = false) String name, @RequestParam(defaultValue = "") String query,
                      Authentication who, Reader reader, RedirectAttributes flash) {
        try {
            shelf.saveSearch(who.getName(), name, query, reader);
            flash.addFlashAttribute("notice", "Search saved: find it under My searches.");
        } catch (InvalidDocumentException e) {
            flash.addFlashAttribute("shelfError", e.getMessage());
        }
        return "redirect:" + Shelf.searchPage(query);
    }

    @PostMapping("/my/searches/{id}/delete")
    String deleteSearch(@PathVariable Long id, Authentication who, RedirectAttributes flash) {
        shelf.deleteSearch(who.getName(), id);
        flash.addFlashAttribute("notice", "Saved search deleted.");
        return "redirect:/my";
    }

    @PostMapping("/my/bookmarks")
    String bookmark(@RequestParam String document, @RequestParam(required = false) String note, Authentication who,
                    Reader reader, RedirectAttributes flash) {
        try {
            shelf.bookmark(who.getName(), document, note, reader);
            flash.addFlashAttribute("shelfNotice", "Bookmarked: find it under My searches and bookmarks.");
        } catch (InvalidDocumentException e) {
            flash.addFlashAttribute("shelfError", e.getMessage());
        }
        return "redirect:/documents/" + UriUtils.encodePathSegment(document.strip(), StandardCharsets.UTF_8);
    }

    @PostMapping("/my/bookmarks/{id}/delete")
    String removeBookmark(@PathVariable Long id, Authentication who, RedirectAttributes flash) {
        shelf.removeBookmark(who.getName(), id);
        flash.addFlashAttribute("notice", "Bookmark removed.");
        return "redirect:/my";
    }
}
