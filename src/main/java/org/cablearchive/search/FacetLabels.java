package org.cablearchive.search;

import static org.cablearchive.search.index.IndexFields.DECADE;
import static org.cablearchive.search.index.IndexFields.PERSON;
import static org.cablearchive.search.index.IndexFields.VOLUME;
import static org.cablearchive.search.index.IndexFields.YEAR;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cablearchive.people.Persons;
import org.cablearchive.records.VolumeStore;
import org.springframework.stereotype.Component;

/**
 * What the facet values and hits of a search read as, whichever engine counted them: volume titles (cached by
 * the records module: volumes are few and their titles rarely change) and the names of the persons among a page's
 * values (one query for the page).
 */
@Component
class FacetLabels {

    private final VolumeStore volumes;
    private final Persons persons;

    FacetLabels(VolumeStore volumes, Persons persons) {
        this.volumes = volumes;
        this.persons = persons;
    }

    /**
     * Each facet's values with their counts as labelled values: a chosen value stays on show (to be removed) even
     * with nothing left, and years and decades are in their own order.
     */
    Map<String, List<SearchResult.FacetValue>> facets(SearchRequest request, Map<String, Map<String, Long>> counts) {
        Map<String, String> titles = counts.getOrDefault(VOLUME, Map.of()).isEmpty() && request.values(VOLUME).isEmpty()
                ? Map.of() : volumeTitles();
        Set<Long> personIds = new HashSet<>();
        counts.getOrDefault(PERSON, Map.of()).keySet().forEach(p -> DocumentSearch.parseLong(p, personIds));
        request.values(PERSON).forEach(p -> DocumentSearch.parseLong(p, personIds));
        Map<Long, String> personNames = personIds.isEmpty() ? Map.of() : persons.names(personIds);
        Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
        counts.forEach((facet, found) -> {
            Map<String, Long> c = new LinkedHashMap<>(found);
            request.values(facet).forEach(chosen -> c.putIfAbsent(chosen, 0L));
            List<SearchResult.FacetValue> values = new ArrayList<>();
            c.forEach((value, n) -> values.add(new SearchResult.FacetValue(value,
                    DocumentSearch.facetLabel(facet, value, titles, personNames), n, request.isSelected(facet, value))));
            if (facet.equals(YEAR) || facet.equals(DECADE)) {
                values.sort((a, b) -> a.value().compareTo(b.value()));
            }
            facets.put(facet, values);
        });
        return facets;
    }

    /** Every volume's title by its id (cached by the records module, emptied when a volume is loaded). */
    Map<String, String> volumeTitles() {
        return volumes.titles();
    }
}
