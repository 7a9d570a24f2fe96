package org.cablearchive.publishing.feeds;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cablearchive.accounts.Reader;
import org.cablearchive.publishing.citation.Permalinks;
import org.cablearchive.search.ArchiveSearch;
import org.cablearchive.search.SearchRequest;
import org.cablearchive.search.SearchResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /search.atom?…}: any search of the reading room as an Atom feed, its newest publications first, so that a
 * researcher can follow "everything from Moscow that mentions Vyshinsky" in a feed reader. Feeds are read without
 * signing in: they hold published documents only, whoever asks.
 */
@Controller
class SearchFeedController {

    private final Permalinks permalinks;

    private final ArchiveSearch search;
    private final String archiveName;

    SearchFeedController(ArchiveSearch search, @Value("${archive.name:Cable Archive}") String archiveName,
                         Permalinks permalinks) {
        this.search = search;
        this.archiveName = archiveName;
        this.permalinks = permalinks;
    }

    @GetMapping("/search.atom")
    void feed(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request,
              HttpServletResponse response) throws IOException {
        SearchRequest asked = SearchRequest.of(params).withSort(SearchRequest.Sort.PUBLISHED).withPage(1);
        SearchResult result = search.search(asked, Reader.ANONYMOUS); // a feed is public, whoever asks
        String site = permalinks.site(request);
        List<AtomFeed.Entry> entries = new ArrayList<>();
        for (SearchResult.Hit h : result.hits()) {
            Instant published = h.published() == null ? Instant.EPOCH : h.published();
            String summary = (h.date() == null ? "Undated" : h.date())
                    + (h.volumeTitle() == null ? "" : ". " + h.volumeTitle()) + ".";
            entries.add(new AtomFeed.Entry(h.title(), URI.create(site + "/documents/" + h.id()), published, published, summary));
        }
        String query = asked.queryString();
        String title = "Search" + (asked.q().isEmpty() ? "" : " “" + asked.q() + "”") + " — " + archiveName;
        response.setContentType(AtomFeed.MEDIA_TYPE);
        new AtomFeed(title, URI.create(site + "/search.atom?" + query), URI.create(site + "/search?" + query), archiveName)
                .write(response.getOutputStream(), entries, Instant.now());
    }
}
