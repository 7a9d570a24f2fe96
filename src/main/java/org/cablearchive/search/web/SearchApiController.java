package org.cablearchive.search.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cablearchive.accounts.Reader;
import org.cablearchive.search.ArchiveSearch;
import org.cablearchive.search.DocumentSearch;
import org.cablearchive.search.SearchRequest;
import org.cablearchive.search.SearchResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search}: the search page for scripts, with the same parameters ({@code q}, the facet
 * parameters, which may repeat, {@code from}, {@code to}, {@code sort=relevance|date}, {@code page}), and
 * {@code snippets=false} for hits without highlighted passages.
 */
@RestController
class SearchApiController {

    private final ArchiveSearch search;

    SearchApiController(ArchiveSearch search) {
        this.search = search;
    }

    record Hit(String id, String title, String date, String volume, String classification, String precedence, String snippet) { }

    record Value(String value, long count) { }

    record Period(String period, long count) { }

    /** {@code notes}: what the search could not take as asked and how it read it (a bad date, a query cut to what the engine takes). */
    record Response(long total, int page, List<Hit> hits, Map<String, List<Value>> facets, List<Period> timeline,
                    List<String> notes) { }

    @GetMapping("/api/search")
    Object search(@RequestParam MultiValueMap<String, String> params, Reader reader) {
        Map<String, String> problems = SearchRequest.problems(params);
        if (!problems.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    String.join(" ", problems.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()));
            problem.setTitle("Invalid search parameters");
            problem.setProperty("errors", problems);
            return ResponseEntity.badRequest().body(problem);
        }
        SearchRequest request = SearchRequest.of(params);
        // snippets=false leaves out the highlighted passages (a script that shows none need not pay for them).
        boolean snippets = !"false".equalsIgnoreCase(String.valueOf(params.getFirst("snippets")).strip());
        SearchResult r = search.search(request, reader, DocumentSearch.FACET_VALUES, snippets);
        Map<String, List<Value>> facets = new LinkedHashMap<>();
        r.facets().forEach((facet, values) -> facets.put(facet,
                values.stream().map(v -> new Value(v.value(), v.count())).toList()));
        return new Response(r.total(), request.page(),
                r.hits().stream().map(h -> new Hit(h.id(), h.title(), h.date(), h.volume(), h.classification(),
                        h.precedence(), h.snippet())).toList(),
                facets, r.timeline().stream().map(p -> new Period(p.period(), p.count())).toList(), r.notes());
    }
}
