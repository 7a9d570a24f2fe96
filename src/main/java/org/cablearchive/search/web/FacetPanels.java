package org.cablearchive.search.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cablearchive.search.SearchRequest;
import org.cablearchive.search.SearchResult;

/**
 * The facets as the search page lists them, each value with its link written here once: a page shows hundreds of
 * them, and a link built in the template (a request copied, its query string written, the count formatted, through
 * expression evaluation and a fragment call each) cost more than the search itself.
 */
record FacetPanels() {

    /** A value: what it reads as, its count as shown, the search it leads to (or back from, when chosen). */
    record Link(String label, String count, String href, boolean selected) { }

    /** A facet: its top values (and those chosen) on show, the rest behind "n more". */
    record Panel(String key, String title, List<Link> shown, List<Link> more) { }

    static List<Panel> of(SearchRequest request, Map<String, List<SearchResult.FacetValue>> facets,
                          Map<String, String> groups, int topValues) {
        NumberFormat counts = NumberFormat.getIntegerInstance(Locale.US);
        List<Panel> panels = new ArrayList<>();
        groups.forEach((key, title) -> {
            List<SearchResult.FacetValue> values = facets.get(key);
            if (values == null || values.isEmpty()) {
                return;
            }
            List<Link> shown = new ArrayList<>();
            List<Link> more = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                SearchResult.FacetValue v = values.get(i);
                SearchRequest target = v.selected() ? request.withoutFilter(key, v.value()) : request.withFilter(key, v.value());
                Link link = new Link(v.label(), counts.format(v.count()), "/search?" + target.queryString(), v.selected());
                (i < topValues || v.selected() ? shown : more).add(link);
            }
            panels.add(new Panel(key, title, shown, more));
        });
        return panels;
    }
}
