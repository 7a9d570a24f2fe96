package org.cablearchive.researchers.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.cablearchive.records.DocumentPageExtension;
import org.cablearchive.records.DocumentView;
import org.cablearchive.researchers.Shelf;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Tells a signed-in reader's document page whether the document is on their shelf (the page offers to bookmark it). */
@Component
class BookmarkOnPage implements DocumentPageExtension {

    private final Shelf shelf;

    BookmarkOnPage(Shelf shelf) {
        this.shelf = shelf;
    }

    @Override
    public Map<String, ?> attributes(DocumentView document, HttpServletRequest request) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated() || document.id() == null) {
            return Map.of();
        }
        return Map.of("bookmarked", shelf.isBookmarked(who.getName(), document.id()));
    }
}
