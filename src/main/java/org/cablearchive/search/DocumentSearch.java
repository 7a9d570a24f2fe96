package org.cablearchive.search;

import static org.cablearchive.search.index.DocumentFields.*;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.cablearchive.people.Persons;
import org.cablearchive.records.Classification;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.Precedence;
import org.cablearchive.records.VolumeStore;
import org.cablearchive.records.domain.Document;
import org.cablearchive.search.QueryText.Clause;
import org.cablearchive.search.QueryText.Field;
import org.cablearchive.search.QueryText.Part;
import org.cablearchive.search.QueryText.Phrase;
import org.cablearchive.search.QueryText.Words;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a researcher's search against the index: the query text (with the glossary's abbreviations and their
 * expansions as alternatives), the chosen facets and dates, and who is asking (the public sees published documents
 * only, in the hits, the counts, the facets, the snippets and the timeline alike).
 *
 * <p>Facet counts are exact and follow the usual rule of multi-select facets: a facet's counts are those of the
 * results filtered by every other facet, so that choosing a second value of the same facet adds to the results.
 */
@Service
public class DocumentSearch {

    /** How many values of a facet are counted and returned. */
    static final int FACET_VALUES = 200;
    private static final int PHRASE_VARIANTS = 8;

    private final EntityManager em;
    private final Abbreviations abbreviations;
    private final VolumeStore volumes;
    private final Persons persons;
    /** Volume titles by id, read at most once a minute: volumes are few and their titles rarely change. */
    private volatile Map<String, String> volumeTitles;
    private volatile long volumeTitlesRead;

    DocumentSearch(EntityManager em, Abbreviations abbreviations, VolumeStore volumes, Persons persons) {
        this.em = em;
        this.abbreviations = abbreviations;
        this.volumes = volumes;
        this.persons = persons;
    }

    @Transactional(readOnly = true)
    public SearchResult search(SearchRequest request, boolean staff) {
        SearchSession session = Search.session(em);
        List<String> notes = new ArrayList<>();
        LocalDate from = DateRange.start(request.from());
        LocalDate to = DateRange.end(request.to());
        if (request.from() != null && from == null) {
            notes.add("\"" + request.from() + "\" is not a date (use 1951, 1951-10 or 1951-10-15): no start date is set.");
        }
        if (request.to() != null && to == null) {
            notes.add("\"" + request.to() + "\" is not a date (use 1951, 1951-10 or 1951-10-15): no end date is set.");
        }
        List<Clause> clauses = QueryText.parse(request.q());
        Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
        for (String facet : SearchRequest.FACETS) {
            if (request.values(facet).isEmpty()) {
                keys.put(facet, AggregationKey.of(facet));
            }
        }
        AggregationKey<Map<String, Long>> years = AggregationKey.of("timeline-years");
        AggregationKey<Map<String, Long>> monthKey = AggregationKey.of("timeline-months");

        var scope = session.scope(Document.class);
        SearchPredicateFactory pf = scope.predicate();
        SearchPredicate all = filtered(pf, request, clauses, from, to, staff, null);
        var query = session.search(scope)
                .select(f -> f.composite().from(f.id(String.class), f.field(TITLE, String.class),
                        f.field(DATE_DISPLAY, String.class), f.field(VOLUME, String.class),
                        f.field(CLASSIFICATION, String.class), f.field(PRECEDENCE, String.class), f.field(TYPE, String.class),
                        f.highlight(BODY), f.field(PUBLISHED, java.time.Instant.class)).asList())
                .where(all);
        for (var e : keys.entrySet()) {
            String facet = e.getKey();
            query = query.aggregation(e.getValue(), f -> f.terms().field(facet, String.class).maxTermCount(FACET_VALUES));
        }
        query = query.aggregation(years, f -> f.terms().field(YEAR, String.class).maxTermCount(10_000))
                .aggregation(monthKey, f -> f.terms().field(MONTH, String.class).maxTermCount(10_000));
        var sorted = switch (request.sort()) {
            case DATE -> query.sort(f -> f.field(EARLIEST).asc().missing().last().then().field(LATEST).asc().missing().last());
            case PUBLISHED -> query.sort(f -> f.field(PUBLISHED).desc().missing().last());
            case RELEVANCE -> query;
        };
        org.hibernate.search.engine.search.query.SearchResult<List<?>> result = sorted
                .highlighter(f -> f.unified().encoder(HighlighterEncoder.HTML).numberOfFragments(1).noMatchSize(240))
                .fetch((request.page() - 1) * SearchRequest.PAGE_SIZE, SearchRequest.PAGE_SIZE);

        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (String facet : SearchRequest.FACETS) {
            if (keys.containsKey(facet)) {
                counts.put(facet, result.aggregation(keys.get(facet)));
            } else {
                // Counted over the results of every other filter, so that another value of this facet adds to them.
                AggregationKey<Map<String, Long>> own = AggregationKey.of(facet);
                counts.put(facet, session.search(scope)
                        .where(filtered(pf, request, clauses, from, to, staff, facet))
                        .aggregation(own, f -> f.terms().field(facet, String.class).maxTermCount(FACET_VALUES))
                        .fetch(0).aggregation(own));
            }
        }
        // Months when the dates asked for span three years at most, or the results fall within a year or two.
        Map<String, Long> yearCounts = result.aggregation(years);
        boolean months = from != null && to != null && ChronoUnit.MONTHS.between(from, to) <= 36
                || !yearCounts.isEmpty() && yearCounts.size() <= 2;
        Map<String, Long> periods = months ? result.aggregation(monthKey) : yearCounts;
        return new SearchResult(request, result.total().hitCount(), hits(result.hits()),
                facets(request, counts), timeline(periods, months), months ? "month" : "year", notes);
    }

    /** How many documents the search finds, and nothing else (no page of hits, facets or timeline): a saved search's count. */
    @Transactional(readOnly = true)
    public long count(SearchRequest request, boolean staff) {
        SearchSession session = Search.session(em);
        var scope = session.scope(Document.class);
        return session.search(scope).where(filtered(scope.predicate(), request, QueryText.parse(request.q()),
                DateRange.start(request.from()), DateRange.end(request.to()), staff, null)).fetchTotalHitCount();
    }

    /** The whole predicate: who may see what, the query text, the facets (all but {@code except}) and the dates. */
    private SearchPredicate filtered(SearchPredicateFactory f, SearchRequest request, List<Clause> clauses,
                                     LocalDate from, LocalDate to, boolean staff, String except) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        bool.must(f.matchAll());
        if (!staff) {
            bool.filter(f.terms().field(STATUS).matchingAny(DocumentStatus.publicStatuses().stream().map(Enum::name).toList()));
        }
        for (Clause c : clauses) {
            SearchPredicate p = clause(f, c);
            if (c.excluded()) {
                bool.mustNot(p);
            } else {
                bool.must(p);
            }
        }
        for (String facet : SearchRequest.FACETS) {
            List<String> values = request.values(facet);
            if (!values.isEmpty() && !facet.equals(except)) {
                bool.filter(f.terms().field(facet).matchingAny(values));
            }
        }
        if (from != null) {
            bool.filter(f.range().field(LATEST).atLeast(from));
        }
        if (to != null) {
            bool.filter(f.range().field(EARLIEST).atMost(to));
        }
        return bool.toPredicate();
    }

    private SearchPredicate clause(SearchPredicateFactory f, Clause c) {
        if (c.alternatives().size() == 1) {
            return part(f, c.alternatives().get(0));
        }
        BooleanPredicateClausesStep<?, ?> any = f.bool();
        for (Part p : c.alternatives()) {
            any.should(part(f, p));
        }
        return any.toPredicate();
    }

    private SearchPredicate part(SearchPredicateFactory f, Part part) {
        if (part instanceof Phrase p) {
            BooleanPredicateClausesStep<?, ?> any = f.bool();
            for (List<String> variant : abbreviations.phraseVariants(QueryText.words(p.text()), PHRASE_VARIANTS)) {
                any.should(text(f, variant));
            }
            return any.toPredicate();
        }
        if (part instanceof Field field) {
            return field(f, field);
        }
        Words words = (Words) part;
        BooleanPredicateClausesStep<?, ?> all = f.bool();
        List<String> run = new ArrayList<>();
        for (String token : words.words()) {
            List<String> w = QueryText.words(token);
            if (w.size() == 1) {
                run.add(w.get(0));
                continue;
            }
            addUnits(f, all, run);
            run.clear();
            all.must(text(f, w)); // "611.61/10–1551", "U.S.": its words in order
        }
        addUnits(f, all, run);
        return all.toPredicate();
    }

    private void addUnits(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> all, List<String> run) {
        for (Abbreviations.Unit u : abbreviations.units(run)) {
            BooleanPredicateClausesStep<?, ?> words = f.bool();
            for (List<String> slot : u.slots()) {
                if (slot.size() == 1) {
                    words.must(text(f, slot));
                } else {
                    BooleanPredicateClausesStep<?, ?> any = f.bool();
                    slot.forEach(w -> any.should(text(f, List.of(w))));
                    words.must(any.toPredicate());
                }
            }
            if (u.phrases().isEmpty()) {
                all.must(words.toPredicate());
            } else {
                BooleanPredicateClausesStep<?, ?> any = f.bool();
                any.should(words.toPredicate());
                u.phrases().forEach(p -> any.should(text(f, p)));
                all.must(any.toPredicate());
            }
        }
    }

    /** Words in the text fields, boosted where they say most: a word matched, several as a phrase. */
    private static SearchPredicate text(SearchPredicateFactory f, List<String> words) {
        String text = String.join(" ", words);
        if (words.size() == 1) {
            return f.match().field(TITLE).boost(3f).field(SENDER_TEXT).boost(3f).field(RECIPIENT_TEXT).boost(3f)
                    .field(PERSONS_TEXT).boost(2f).field(SOURCE_NOTE).boost(1.5f).field(BODY).field(FOOTNOTES)
                    .matching(text).toPredicate();
        }
        return f.phrase().field(TITLE).boost(3f).field(SENDER_TEXT).boost(3f).field(RECIPIENT_TEXT).boost(3f)
                .field(PERSONS_TEXT).boost(2f).field(SOURCE_NOTE).boost(1.5f).field(BODY).field(FOOTNOTES)
                .matching(text).toPredicate();
    }

    private static SearchPredicate field(SearchPredicateFactory f, Field field) {
        List<String> words = QueryText.words(field.value());
        return switch (field.field()) {
            case "from" -> words.size() == 1 ? f.match().field(SENDER_TEXT).matching(words.get(0)).toPredicate()
                    : f.phrase().field(SENDER_TEXT).matching(String.join(" ", words)).toPredicate();
            case "to" -> words.size() == 1 ? f.match().field(RECIPIENT_TEXT).matching(words.get(0)).toPredicate()
                    : f.phrase().field(RECIPIENT_TEXT).matching(String.join(" ", words)).toPredicate();
            default -> f.bool()
                    .should(f.match().field(FILE).matching(field.value().strip()))
                    .should(f.wildcard().field(FILE_TEXT).matching(wildcardSafe(field.value().strip().toLowerCase(java.util.Locale.ROOT)) + "*"))
                    .toPredicate();
        };
    }

    private static String wildcardSafe(String s) {
        return s.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
    }

    private List<SearchResult.Hit> hits(List<List<?>> rows) {
        Map<String, String> titles = rows.isEmpty() ? Map.of() : volumeTitles();
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (List<?> row : rows) {
            String volume = (String) row.get(3);
            String classification = (String) row.get(4);
            String precedence = (String) row.get(5);
            @SuppressWarnings("unchecked")
            List<String> highlights = (List<String>) row.get(7);
            hits.add(new SearchResult.Hit((String) row.get(0), (String) row.get(1),
                    (String) row.get(2), volume, volume == null ? null : titles.getOrDefault(volume, volume),
                    classification, label(classification, c -> Classification.valueOf(c).label()), precedence,
                    label(precedence, p -> Precedence.valueOf(p).label()), (String) row.get(6),
                    highlights.isEmpty() ? null : highlights.get(0), (java.time.Instant) row.get(8)));
        }
        return hits;
    }

    private Map<String, List<SearchResult.FacetValue>> facets(SearchRequest request,
                                                                                       Map<String, Map<String, Long>> counts) {
        Map<String, String> volumeTitles = counts.get(VOLUME).isEmpty() && request.values(VOLUME).isEmpty()
                ? Map.of() : volumeTitles();
        Set<Long> personIds = new HashSet<>();
        counts.get(PERSON).keySet().forEach(p -> parseLong(p, personIds));
        request.values(PERSON).forEach(p -> parseLong(p, personIds));
        Map<Long, String> personNames = persons.names(personIds);
        Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
        for (var e : counts.entrySet()) {
            String facet = e.getKey();
            List<SearchResult.FacetValue> values = new ArrayList<>();
            Map<String, Long> c = new LinkedHashMap<>(e.getValue());
            for (String chosen : request.values(facet)) {
                c.putIfAbsent(chosen, 0L); // a chosen value stays on show, to be removed, even with nothing left
            }
            for (var v : c.entrySet()) {
                values.add(new SearchResult.FacetValue(v.getKey(),
                        facetLabel(facet, v.getKey(), volumeTitles, personNames), v.getValue(),
                        request.isSelected(facet, v.getKey())));
            }
            if (facet.equals(YEAR) || facet.equals(DECADE)) {
                values.sort((a, b) -> a.value().compareTo(b.value()));
            }
            facets.put(facet, values);
        }
        return facets;
    }

    @org.springframework.transaction.event.TransactionalEventListener
    void volumeLoaded(org.cablearchive.records.VolumeLoaded event) {
        volumeTitles = null; // a new or changed volume: read the titles again
    }

    private Map<String, String> volumeTitles() {
        Map<String, String> titles = volumeTitles;
        if (titles == null || System.nanoTime() - volumeTitlesRead > 60_000_000_000L) {
            titles = Map.copyOf(volumes.titles());
            volumeTitles = titles;
            volumeTitlesRead = System.nanoTime();
        }
        return titles;
    }

    private static void parseLong(String s, Set<Long> into) {
        try {
            into.add(Long.parseLong(s));
        } catch (NumberFormatException ignored) {
            // not a person id: shown as it is
        }
    }

    /** What a facet value reads as on the page: a volume's title, a person's name, an enum's label. */
    static String facetLabel(String facet, String value, Map<String, String> volumeTitles, Map<Long, String> personNames) {
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

    private static String label(String value, Function<String, String> f) {
        if (value == null) {
            return null;
        }
        try {
            return f.apply(value);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    /** The periods in order, with those between them that have no documents filled in (bars keep to time). */
    static List<SearchResult.Period> timeline(Map<String, Long> periods, boolean months) {
        Map<String, Long> sorted = new java.util.TreeMap<>(periods);
        List<SearchResult.Period> timeline = new ArrayList<>();
        if (sorted.isEmpty()) {
            return timeline;
        }
        String first = ((java.util.TreeMap<String, Long>) sorted).firstKey();
        String last = ((java.util.TreeMap<String, Long>) sorted).lastKey();
        try {
            if (months) {
                // Whole years of months, so that a few months read as a part of their year.
                java.time.YearMonth end = java.time.YearMonth.of(java.time.YearMonth.parse(last).getYear(), 12);
                for (java.time.YearMonth m = java.time.YearMonth.of(java.time.YearMonth.parse(first).getYear(), 1); !m.isAfter(end) && timeline.size() < 1200; m = m.plusMonths(1)) {
                    timeline.add(new SearchResult.Period(m.toString(), sorted.getOrDefault(m.toString(), 0L)));
                }
            } else {
                int end = Integer.parseInt(last);
                for (int y = Integer.parseInt(first); y <= end && timeline.size() < 1200; y++) {
                    timeline.add(new SearchResult.Period(String.valueOf(y), sorted.getOrDefault(String.valueOf(y), 0L)));
                }
            }
        } catch (RuntimeException e) {
            timeline.clear();
            sorted.forEach((k, v) -> timeline.add(new SearchResult.Period(k, v)));
        }
        return timeline;
    }
}
