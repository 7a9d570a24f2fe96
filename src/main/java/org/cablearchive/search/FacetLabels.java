package org.cablearchive.search;

import static org.cablearchive.search.index.IndexFields.CLASSIFICATION;
import static org.cablearchive.search.index.IndexFields.DECADE;
import static org.cablearchive.search.index.IndexFields.FOOTNOTED;
import static org.cablearchive.search.index.IndexFields.PERSON;
import static org.cablearchive.search.index.IndexFields.PRECEDENCE;
import static org.cablearchive.search.index.IndexFields.TYPE;
import static org.cablearchive.search.index.IndexFields.VOLUME;
import static org.cablearchive.search.index.IndexFields.YEAR;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.cablearchive.people.Persons;
import org.cablearchive.records.Classification;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.Precedence;
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
        counts.getOrDefault(PERSON, Map.of()).keySet().forEach(p -> parseLong(p, personIds));
        request.values(PERSON).forEach(p -> parseLong(p, personIds));
        Map<Long, String> personNames = personIds.isEmpty() ? Map.of() : persons.names(personIds);
        Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
        counts.forEach((facet, found) -> {
            Map<String, Long> c = new LinkedHashMap<>(found);
            request.values(facet).forEach(chosen -> c.putIfAbsent(chosen, 0L));
            List<SearchResult.FacetValue> values = new ArrayList<>();
            c.forEach((value, n) -> values.add(new SearchResult.FacetValue(value,
                    facetLabel(facet, value, titles, personNames), n, request.isSelected(facet, value))));
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

    private static void parseLong(String s, Set<Long> into) {
        try {
            into.add(Long.parseLong(s));
        } catch (NumberFormatException ignored) {
            // not a person id: shown as it is
        }
    }

    /** What a facet value reads as on the page: a volume's title, a person's name, an enum's label. */
    private static String facetLabel(String facet, String value, Map<String, String> volumeTitles, Map<Long, String> personNames) {
        return switch (facet) {
            case TYPE -> label(value, v -> DocumentType.valueOf(v).label());
            case CLASSIFICATION -> label(value, v -> Classification.valueOf(v).label());
            case PRECEDENCE -> label(value, v -> Precedence.valueOf(v).label());
            case VOLUME -> volumeTitles.getOrDefault(value, value);
            case PERSON -> {
                try {
                    yield personNames.getOrDefault(Long.parseLong(value), value);
                } catch (NumberFormatException e) {
                    yield value;
                }
            }
            case FOOTNOTED -> value.equals("yes") ? "With footnotes" : value.equals("no") ? "Without footnotes" : value;
            default -> value;
        };
    }

    /** What an enum's value reads as ({@code f}), or the value itself where it is no value of the enum. */
    static String label(String value, Function<String, String> f) {
        if (value == null) {
            return null;
        }
        try {
            return f.apply(value);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}
