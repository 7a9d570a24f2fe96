package org.cablearchive.researchers;

import org.cablearchive.accounts.Reader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentNotFoundException;
import org.cablearchive.records.DocumentSummary;
import org.cablearchive.records.InvalidDocumentException;
import org.cablearchive.search.ArchiveSearch;
import org.cablearchive.search.SearchRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A reader's shelf: their saved searches and bookmarks. Nobody sees or changes another's (a foreign id is simply not
 * found). A bookmark of a document the reader may no longer see (withdrawn, or unpublished again) keeps its note
 * but shows no more than the reader may see.
 */
@Service
public class Shelf {

    /** At most this many saved searches and bookmarks each, per reader. */
    static final int LIMIT = 500;

    /** A saved search as the reader's page shows it, with how many documents it finds now. */
    public record SavedSearchView(Long id, String name, String query, long countSaved, long countNow, Instant createdAt) { }

    /** A bookmark as the reader's page shows it; {@code title} is null when the reader may not see the document now. */
    public record BookmarkView(Long id, String documentId, String title, String date, String note, Instant createdAt) { }

    private final SavedSearchRepository searches;
    private final BookmarkRepository bookmarks;
    private final ArchiveSearch search;
    private final DocumentCatalog catalog;

    Shelf(SavedSearchRepository searches, BookmarkRepository bookmarks, ArchiveSearch search, DocumentCatalog catalog) {
        this.searches = searches;
        this.bookmarks = bookmarks;
        this.search = search;
        this.catalog = catalog;
    }

    /** Saves a search (the query string of a search page) under a name; returns its id. */
    @Transactional
    public Long saveSearch(String username, String name, String query, Reader reader) {
        if (name == null || name.isBlank()) {
            throw new InvalidDocumentException("Give the search a name, to find it again among yours");
        }
        name = name.strip().replaceAll("\\s+", " "); // a name is one line: line breaks and tabs become spaces
        if (name.length() > 200) {
            throw new InvalidDocumentException("A name of at most 200 characters, please");
        }
        if (searches.countMine(key(username)) >= LIMIT) {
            throw new InvalidDocumentException("You have " + LIMIT + " saved searches: delete some before saving more");
        }
        SearchRequest request = SearchRequest.of(parse(query == null ? "" : query)).withPage(1);
        String canonical = request.queryString();
        if (canonical.length() > 4000) {
            throw new InvalidDocumentException("This search is too long to save");
        }
        long count = search.count(request, reader);
        return searches.save(new SavedSearch(username, name, canonical, count)).id();
    }

    @Transactional(readOnly = true)
    public List<SavedSearchView> searches(String username, Reader reader) {
        return searches.mine(key(username)).stream().map(s -> new SavedSearchView(s.id(), s.name(), s.query(), s.countSaved(),
                search.count(SearchRequest.of(parse(s.query())), reader), s.createdAt())).toList();
    }

    @Transactional
    public void deleteSearch(String username, Long id) {
        searches.findById(id).filter(s -> s.username().equalsIgnoreCase(username)).ifPresentOrElse(searches::delete, () -> {
            throw new NotOnShelfException("saved search " + id);
        });
    }

    /** Bookmarks a document the reader may see (or changes the note of their bookmark of it). */
    @Transactional
    public void bookmark(String username, String documentId, String note, Reader reader) {
        catalog.find(documentId, reader).orElseThrow(() -> new DocumentNotFoundException(documentId));
        if (note != null && note.strip().length() > 2000) {
            throw new InvalidDocumentException("A note of at most 2,000 characters, please");
        }
        Bookmark existing = bookmarks.mine(key(username), documentId).orElse(null);
        if (existing != null) {
            existing.annotate(note);
            bookmarks.save(existing);
            return;
        }
        if (bookmarks.countMine(key(username)) >= LIMIT) {
            throw new InvalidDocumentException("You have " + LIMIT + " bookmarks: remove some before adding more");
        }
        bookmarks.save(new Bookmark(username, documentId, note));
    }

    @Transactional(readOnly = true)
    public boolean isBookmarked(String username, String documentId) {
        return bookmarks.mine(key(username), documentId).isPresent();
    }

    @Transactional(readOnly = true)
    public List<BookmarkView> bookmarks(String username, Reader reader) {
        List<Bookmark> mine = bookmarks.mine(key(username));
        Map<String, DocumentSummary> visible = new HashMap<>();
        catalog.summaries(mine.stream().map(Bookmark::documentId).toList(), reader).forEach(d -> visible.put(d.id(), d));
        return mine.stream().map(b -> {
            DocumentSummary d = visible.get(b.documentId());
            return new BookmarkView(b.id(), b.documentId(), d == null ? null : d.title(), d == null ? null : d.date(), b.note(),
                    b.createdAt());
        }).toList();
    }

    @Transactional
    public void removeBookmark(String username, Long id) {
        bookmarks.findById(id).filter(b -> b.username().equalsIgnoreCase(username)).ifPresentOrElse(bookmarks::delete, () -> {
            throw new NotOnShelfException("bookmark " + id);
        });
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    /** A query string ("q=embtel&type=TELEGRAM", with or without a leading "?") as request parameters. */
    /**
     * The search page of a query string as a reader's form sent it, written anew from what it means (every value
     * encoded): safe to redirect to, whatever the form held (a line break, stray characters).
     */
    public static String searchPage(String query) {
        String canonical = SearchRequest.of(parse(query == null ? "" : query)).queryString();
        return "/search" + (canonical.isEmpty() ? "" : "?" + canonical);
    }

    static MultiValueMap<String, String> parse(String query) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        String q = query.startsWith("?") ? query.substring(1) : query;
        for (String pair : q.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.add(name, value);
            } catch (IllegalArgumentException malformed) {
                // a broken escape (%zz) is left out, as the search page would not have made it
            }
        }
        return params;
    }
}
