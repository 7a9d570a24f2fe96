package org.cablearchive.search;

import static org.cablearchive.search.index.IndexFields.*;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.cablearchive.accounts.Reader;
import org.cablearchive.records.Classification;
import org.cablearchive.records.Precedence;
import org.cablearchive.records.domain.Document;
import org.cablearchive.search.QueryText.Clause;
import org.cablearchive.search.index.ElasticsearchAnalysis;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.elasticsearch.search.query.ElasticsearchSearchRequestTransformerContext;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reading room's search on an Elasticsearch/OpenSearch cluster ({@code archive.search.backend=elasticsearch}),
 * through Hibernate Search's DSL: the query is the one {@link SearchQuery} builds for the embedded index, passed on
 * as DSL predicates ({@link QueryTranslation}); the facets and the timeline are terms aggregations, exact (every
 * shard counts every value) and multi-select (a facet with chosen values is counted by a query of its own over the
 * results of every other filter); the total is exact; snippets come from the engine's unified highlighter. Scores
 * use the statistics of the whole index, not of each shard, so that hits rank as on one machine.
 */
@Service
@ConditionalOnProperty(name = "archive.search.backend", havingValue = "elasticsearch")
class ElasticsearchDocumentSearch implements ArchiveSearch {

    /** Values of a whole-range field (years, decades, months) counted: all of them. */
    private static final int ALL_VALUES = 10_000;
    private static final Logger log = LoggerFactory.getLogger(ElasticsearchDocumentSearch.class);
    /** How many times a failed search is asked again. */
    private static final int RETRIES = 2;
    /** Values each shard passes on for a terms aggregation: all it has, so that the counts are exact. */
    private static final int SHARD_VALUES = 100_000;

    private final EntityManager em;
    private final SearchQuery queries;
    private final FacetLabels labels;

    ElasticsearchDocumentSearch(EntityManager em, Abbreviations abbreviations, FacetLabels labels) {
        this.em = em;
        this.queries = new SearchQuery(ElasticsearchAnalysis.english(), ElasticsearchAnalysis.keywordFolded(), abbreviations);
        this.labels = labels;
    }

    @Override
    @Transactional(readOnly = true)
    public SearchResult search(SearchRequest request, Reader reader) {
        return search(request, reader, DocumentSearch.FACET_VALUES);
    }

    @Override
    @Transactional(readOnly = true)
    public SearchResult search(SearchRequest request, Reader reader, int facetValues) {
        return search(request, reader, facetValues, true);
    }

    /** Snippets come with the hits from the cluster; without them, the cluster is not asked to highlight anything. */
    @Override
    @Transactional(readOnly = true)
    public SearchResult search(SearchRequest request, Reader reader, int facetValues, boolean snippets) {
        return again(() -> run(request, reader, facetValues, snippets));
    }

    /**
     * A search that failed on the cluster is asked once or twice more: a shard copy on a node that has just stopped
     * fails the requests in flight on it, and the next one goes to a copy that is still there.
     */
    private static <T> T again(Supplier<T> search) {
        for (int attempt = 1; ; attempt++) {
            try {
                return search.get();
            } catch (SearchException e) {
                if (attempt == RETRIES + 1) {
                    throw e;
                }
                log.warn("A search failed on the search cluster ({}); asking again", e.getMessage().lines().findFirst().orElse(""));
                try {
                    Thread.sleep(250L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private SearchResult run(SearchRequest request, Reader reader, int facetValues, boolean snippets) {
        LocalDate from = DateRange.start(request.from());
        LocalDate to = DateRange.end(request.to());
        Text text = text(request.q());
        List<String> notes = new ArrayList<>(text.notes());
        notes.addAll(DateRange.unread(request.from(), request.to()));
        SearchSession session = Search.session(em);
        SearchScope<Document> scope = session.scope(Document.class);
        SearchPredicateFactory pf = scope.predicate();
        Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
        for (String facet : SearchRequest.FACETS) {
            if (request.values(facet).isEmpty() && !facet.equals(YEAR)) {
                keys.put(facet, AggregationKey.of(facet));
            }
        }
        AggregationKey<Map<String, Long>> years = AggregationKey.of("timeline-" + YEAR);
        AggregationKey<Map<String, Long>> months = AggregationKey.of("timeline-" + MONTH);

        var query = session.search(scope).extension(ElasticsearchExtension.get())
                .select(f -> f.composite().from(f.id(String.class), f.field(TITLE, String.class),
                        f.field(DATE_DISPLAY, String.class), f.field(VOLUME, String.class),
                        f.field(CLASSIFICATION, String.class), f.field(PRECEDENCE, String.class), f.field(TYPE, String.class),
                        snippets ? f.highlight(BODY) : f.constant(List.<String>of()), f.field(PUBLISHED, Instant.class)).asList())
                .where(predicate(pf, text.query(), request, reader, from, to, null));
        for (var e : keys.entrySet()) {
            String facet = e.getKey();
            query = query.aggregation(e.getValue(), f -> f.terms().field(facet, String.class).maxTermCount(limit(facet, facetValues)));
        }
        query = query.aggregation(years, f -> f.terms().field(YEAR, String.class).maxTermCount(ALL_VALUES))
                .aggregation(months, f -> f.terms().field(MONTH, String.class).maxTermCount(ALL_VALUES));
        var sorted = switch (request.sort()) {
            case DATE -> query.sort(f -> f.field(EARLIEST).asc().missing().last().then().field(LATEST).asc().missing().last());
            case PUBLISHED -> query.sort(f -> f.field(PUBLISHED).desc().missing().last());
            // Ties in score are broken by id: the cluster's shards score alike documents alike, and without a tiebreaker
            // the order of equal scores changes from one request to the next, so that paging through a search would
            // show a document twice and another never.
            case RELEVANCE -> query.sort(f -> f.score().then().extension(ElasticsearchExtension.get())
                    .fromJson("{\"_id\": \"asc\"}"));
        };
        var highlighted = snippets
                ? sorted.highlighter(f -> f.unified().encoder(HighlighterEncoder.HTML).numberOfFragments(1).noMatchSize(240))
                : sorted;
        var result = highlighted
                .requestTransformer(ElasticsearchDocumentSearch::exact)
                .fetch((request.page() - 1) * SearchRequest.PAGE_SIZE, SearchRequest.PAGE_SIZE);

        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (String facet : SearchRequest.FACETS) {
            if (keys.containsKey(facet)) {
                counts.put(facet, result.aggregation(keys.get(facet)));
            } else if (facet.equals(YEAR) && request.values(YEAR).isEmpty()) {
                counts.put(facet, FacetCounts.top(result.aggregation(years), facetValues));
            } else {
                // Counted over the results of every other filter, so that another value of this facet adds to them.
                AggregationKey<Map<String, Long>> own = AggregationKey.of(facet);
                Map<String, Long> c = session.search(scope).extension(ElasticsearchExtension.get())
                        .where(predicate(pf, text.query(), request, reader, from, to, facet))
                        .aggregation(own, f -> f.terms().field(facet, String.class).maxTermCount(limit(facet, facetValues)))
                        .requestTransformer(ElasticsearchDocumentSearch::exact)
                        .fetch(0).aggregation(own);
                counts.put(facet, facet.equals(YEAR) ? FacetCounts.top(c, facetValues) : c);
            }
        }
        // Months when the dates asked for span three years at most, or the results fall within a year or two.
        Map<String, Long> yearCounts = result.aggregation(years);
        boolean byMonth = from != null && to != null && ChronoUnit.MONTHS.between(from, to) <= 36
                || !yearCounts.isEmpty() && yearCounts.size() <= 2;
        Map<String, Long> periods = byMonth ? result.aggregation(months) : yearCounts;
        return new SearchResult(request, result.total().hitCount(), hits(result.hits()), labels.facets(request, counts),
                DocumentSearch.timeline(periods, byMonth), byMonth ? "month" : "year", notes);
    }

    @Override
    @Transactional(readOnly = true)
    public long count(SearchRequest request, Reader reader) {
        SearchSession session = Search.session(em);
        SearchScope<Document> scope = session.scope(Document.class);
        return again(() -> session.search(scope).where(predicate(scope.predicate(), text(request.q()).query(), request,
                reader, DateRange.start(request.from()), DateRange.end(request.to()), null)).fetchTotalHitCount());
    }

    private static int limit(String facet, int facetValues) {
        return facet.equals(YEAR) || facet.equals(DECADE) ? ALL_VALUES : facetValues;
    }

    /** The text with who may see, the dates and every chosen facet but {@code except}. */
    private static SearchPredicate predicate(SearchPredicateFactory f, Query text, SearchRequest request, Reader reader,
                                             LocalDate from, LocalDate to, String except) {
        List<Query> facets = new ArrayList<>();
        for (String facet : SearchRequest.FACETS) {
            if (!request.values(facet).isEmpty() && !facet.equals(except)) {
                facets.add(SearchQuery.facet(facet, request.values(facet)));
            }
        }
        return QueryTranslation.predicate(f, SearchQuery.filtered(text, SearchQuery.visibility(reader), facets,
                SearchQuery.dates(from, to)));
    }

    /**
     * Exact counts and one ranking: each shard passes on every value of a terms aggregation (not just its top few),
     * and scores are computed with the term statistics of all shards.
     */
    private static void exact(ElasticsearchSearchRequestTransformerContext context) {
        context.parametersMap().put("search_type", "dfs_query_then_fetch");
        JsonElement aggregations = context.body().get("aggregations");
        if (aggregations != null && aggregations.isJsonObject()) {
            allTerms(aggregations.getAsJsonObject());
        }
    }

    private static void allTerms(JsonObject json) {
        for (var e : json.entrySet()) {
            if (!e.getValue().isJsonObject()) {
                continue;
            }
            JsonObject child = e.getValue().getAsJsonObject();
            if (e.getKey().equals("terms") && child.has("field")) {
                child.addProperty("shard_size", SHARD_VALUES);
            } else {
                allTerms(child);
            }
        }
    }

    /** The query text as it will be searched, with what was cut from a text too long to search. */
    private record Text(Query query, List<String> notes) { }

    /** As {@link DocumentSearch} reads it: the same cut, at the same clause limit, for a text too long to run whole. */
    private Text text(String q) {
        String readable = QueryText.readable(q);
        List<Clause> clauses = QueryText.parse(readable);
        Query query = tryText(clauses);
        int limit = IndexSearcher.getMaxClauseCount();
        if (query != null && DocumentSearch.clauseCount(query) <= limit) {
            return new Text(query, readable.equals(q == null ? "" : q) ? List.of() : List.of("Your search is longer than "
                    + QueryText.MAX_LENGTH + " characters: only its beginning was searched (" + readable + ")."));
        }
        int low = 0;
        int high = QueryText.size(clauses);
        Query best = queries.text(List.of());
        while (low < high) {
            int mid = (low + high + 1) / 2;
            Query candidate = tryText(QueryText.first(clauses, mid));
            if (candidate != null && DocumentSearch.clauseCount(candidate) <= limit) {
                low = mid;
                best = candidate;
            } else {
                high = mid - 1;
            }
        }
        return new Text(best, List.of("Your search is too long to run whole: only its first " + low + " of "
                + QueryText.size(clauses) + " terms were searched (" + QueryText.text(QueryText.first(clauses, low)) + ")."));
    }

    private Query tryText(List<Clause> clauses) {
        try {
            return queries.text(clauses);
        } catch (IndexSearcher.TooManyClauses e) {
            return null;
        }
    }

    private List<SearchResult.Hit> hits(List<List<?>> rows) {
        Map<String, String> titles = rows.isEmpty() ? Map.of() : labels.volumeTitles();
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (List<?> row : rows) {
            String volume = (String) row.get(3);
            String classification = (String) row.get(4);
            String precedence = (String) row.get(5);
            @SuppressWarnings("unchecked")
            List<String> highlights = (List<String>) row.get(7);
            String snippet = highlights.isEmpty() || highlights.get(0).isBlank() ? null : highlights.get(0).strip();
            hits.add(new SearchResult.Hit((String) row.get(0), (String) row.get(1), (String) row.get(2), volume,
                    volume == null ? null : titles.getOrDefault(volume, volume),
                    classification, FacetLabels.label(classification, c -> Classification.valueOf(c).label()), precedence,
                    FacetLabels.label(precedence, p -> Precedence.valueOf(p).label()), (String) row.get(6),
                    snippet, (Instant) row.get(8)));
        }
        return hits;
    }
}
