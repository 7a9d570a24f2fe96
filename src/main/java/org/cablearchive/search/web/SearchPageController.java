package org.cablearchive.search.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cablearchive.accounts.Reader;
import org.cablearchive.search.ArchiveSearch;
import org.cablearchive.search.SearchIndex;
import org.cablearchive.search.SearchRequest;
import org.cablearchive.search.SearchResult;
import org.cablearchive.search.index.IndexFields;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page. The URL holds the whole search; links and the form work without JavaScript, and with htmx
 * only the results (facets, timeline, hits) are replaced, the URL pushed so that the back button works.
 */
@Controller
class SearchPageController {

    /** The facets in the order the page shows them, with their headings. */
    static final Map<String, String> FACET_NAMES = new LinkedHashMap<>();

    static {
        FACET_NAMES.put(IndexFields.TYPE, "Type");
        FACET_NAMES.put(IndexFields.CLASSIFICATION, "Classification");
        FACET_NAMES.put(IndexFields.PRECEDENCE, "Precedence");
        FACET_NAMES.put(IndexFields.DECADE, "Decade");
        FACET_NAMES.put(IndexFields.YEAR, "Year");
        FACET_NAMES.put(IndexFields.SENDER, "From");
        FACET_NAMES.put(IndexFields.RECIPIENT, "To");
        FACET_NAMES.put(IndexFields.PLACE, "Place");
        FACET_NAMES.put(IndexFields.PERSON, "Person mentioned");
        FACET_NAMES.put(IndexFields.VOLUME, "Volume");
        FACET_NAMES.put(IndexFields.FILE, "File subject");
        FACET_NAMES.put(IndexFields.FOOTNOTED, "Footnotes");
    }

    /** The groups the page lists (decade and year are the timeline's), each with its top values shown. */
    static final Map<String, String> FACET_GROUPS = new LinkedHashMap<>(FACET_NAMES);
    static final int TOP_VALUES = 5;

    static {
        FACET_GROUPS.remove(IndexFields.DECADE);
        FACET_GROUPS.remove(IndexFields.YEAR);
    }

    /**
     * The values of a facet the page asks for, those with most documents: the top five on show, the others behind
     * "n more" (the API gives 200; the rest of a long facet is reached by narrowing the search).
     */
    static final int FACET_VALUES = 30;

    private final ArchiveSearch search;
    private final SearchIndex index;

    /** The facets without the "unknown" value of a classification or precedence, which narrows to nothing a reader asks for. */
    static Map<String, List<SearchResult.FacetValue>> shown(Map<String, List<SearchResult.FacetValue>> facets) {
        Map<String, List<SearchResult.FacetValue>> shown = new LinkedHashMap<>();
        facets.forEach((facet, values) -> shown.put(facet, values.stream()
                .filter(v -> v.selected() || !"UNKNOWN".equals(v.value())).toList()));
        return shown;
    }

    SearchPageController(ArchiveSearch search, SearchIndex index) {
        this.search = search;
        this.index = index;
    }

    @GetMapping("/search")
    String search(@RequestParam MultiValueMap<String, String> params, Reader reader, Model model,
                  @RequestHeader(name = "HX-Request", required = false) String htmx,
                  @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
                  HttpServletResponse response) {
        // Parameters that cannot be read are named on the page (400), and the search runs without them.
        Map<String, String> problems = SearchRequest.problems(params);
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", problems);
        }
        SearchRequest request = SearchRequest.of(SearchRequest.without(params, problems.keySet()));
        SearchResult result = search.search(request, reader, FACET_VALUES);
        model.addAttribute("req", request);
        model.addAttribute("result", result);
        model.addAttribute("facetNames", FACET_NAMES);
        model.addAttribute("rebuild", index.rebuildStatus());
        model.addAttribute("facetPanels", FacetPanels.of(request, shown(result.facets()), FACET_GROUPS, TOP_VALUES));
        model.addAttribute("timeline", Timeline.of(result));
        model.addAttribute("activeFilters", request.filters().values().stream().mapToInt(List::size).sum()
                + (request.from() != null || request.to() != null ? 1 : 0));
        model.addAttribute("skipToResults", true);
        boolean partial = "true".equals(htmx) && !"true".equals(restore);
        return partial ? "search/search :: results" : "search/search";
    }
}
