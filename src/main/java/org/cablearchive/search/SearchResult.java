package org.cablearchive.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of results with the facets and the timeline of the whole result set.
 *
 * @param facets   for each facet parameter, its values with exact counts (a value passed back as its parameter
 *                 narrows the results to exactly that many hits)
 * @param timeline documents per period, in order; {@code timelineUnit} says whether periods are years or months
 * @param notes    what the search could not read as typed and how it read it instead
 */
public record SearchResult(SearchRequest request, long total, List<Hit> hits, Map<String, List<FacetValue>> facets,
                           List<Period> timeline, String timelineUnit, List<String> notes) {

    /** A document found: what a result line shows. {@code snippet} is HTML with the matched words in {@code <em>}. */
    public record Hit(String id, String title, String date, String volume, String volumeTitle, String classification,
                      String classificationLabel, String precedence, String precedenceLabel, String type, String snippet,
                      Instant published) { }

    /** One value of a facet: as passed in the URL, as shown, how many hits have it, and whether it is chosen. */
    public record FacetValue(String value, String label, long count, boolean selected) { }

    /** A year ("1951") or month ("1951-10") and how many hits fall in it. */
    public record Period(String period, long count) { }

    public int pageCount() {
        long pages = (total + SearchRequest.PAGE_SIZE - 1) / SearchRequest.PAGE_SIZE;
        return (int) Math.min(pages, SearchRequest.MAX_PAGE);
    }

    public long firstIndex() {
        return total == 0 ? 0 : (long) (request.page() - 1) * SearchRequest.PAGE_SIZE + 1;
    }

    public long lastIndex() {
        return Math.min(total, (long) request.page() * SearchRequest.PAGE_SIZE);
    }

    /** How a facet value reads on the page (a volume's title, a person's name), or the value itself. */
    public String label(String facet, String value) {
        return facets.getOrDefault(facet, List.of()).stream().filter(v -> v.value().equals(value)).map(FacetValue::label)
                .findFirst().orElse(value);
    }

    public long maxPeriodCount() {
        return timeline.stream().mapToLong(Period::count).max().orElse(0);
    }
}
