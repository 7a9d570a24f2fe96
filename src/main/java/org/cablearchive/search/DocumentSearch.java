package org.cablearchive.search;

import static org.cablearchive.search.index.IndexFields.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.cablearchive.accounts.Reader;
import org.cablearchive.records.Classification;
import org.cablearchive.records.Precedence;
import org.cablearchive.search.QueryText.Clause;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;

/**
 * Runs a researcher's search against the index: the query text (with the glossary's abbreviations and their
 * expansions as alternatives), the chosen facets and dates, and who is asking (the public sees published documents
 * only, in the hits, the counts, the facets, the snippets and the timeline alike).
 *
 * <p>Facet counts are exact and follow the usual rule of multi-select facets: a facet's counts are those of the
 * results filtered by every other facet, so that choosing a second value of the same facet adds to the results.
 *
 * <p>The search runs on Lucene directly, over the index Hibernate Search keeps: one pass over the documents that
 * match the text gives the exact total and every facet's counts ({@link FacetPass}, gathered by {@link FacetCounts};
 * the timeline is the year or month facet of the hits), segments counted on every core, without scoring a document
 * (sorted by date, the same pass keeps the page of hits); by relevance, a second pass scores only what may reach the
 * page, skipping whole blocks of documents that cannot (block-max WAND); then the page's stored fields are read and
 * its snippets highlighted ({@link ResultRows}). Nothing is loaded from PostgreSQL but volume titles and person
 * names, both kept short.
 */
@Service
@ConditionalOnProperty(name = "archive.search.backend", havingValue = "lucene", matchIfMissing = true)
public class DocumentSearch implements ArchiveSearch {

    /** How many values of a facet are returned, those with most documents, each with its exact count. */
    public static final int FACET_VALUES = 200;

    private final OpenIndex index;
    private final Abbreviations abbreviations;
    private final FacetLabels labels;
    private volatile SearchQuery queries;

    DocumentSearch(OpenIndex index, Abbreviations abbreviations, FacetLabels labels) {
        this.index = index;
        this.abbreviations = abbreviations;
        this.labels = labels;
    }

    private SearchQuery queries() {
        SearchQuery q = queries;
        if (q == null) {
            q = new SearchQuery(index.searchAnalyzer(), index.fileNormalizer(), abbreviations);
            queries = q;
        }
        return q;
    }

    /** The query text as it will be searched, with what was cut from a text too long to search. */
    private record Text(Query query, List<String> notes) { }

    private Text text(String q) {
        List<String> notes = new ArrayList<>();
        String readable = QueryText.readable(q);
        List<Clause> clauses = QueryText.parse(readable);
        Query query = tryText(clauses);
        int limit = IndexSearcher.getMaxClauseCount();
        if (query == null || clauseCount(query) > limit) {
            // The most terms whose query (glossary forms and all) the engine takes.
            int low = 0;
            int high = QueryText.size(clauses);
            Query best = queries().text(List.of());
            while (low < high) {
                int mid = (low + high + 1) / 2;
                Query candidate = tryText(QueryText.first(clauses, mid));
                if (candidate != null && clauseCount(candidate) <= limit) {
                    low = mid;
                    best = candidate;
                } else {
                    high = mid - 1;
                }
            }
            query = best;
            List<Clause> kept = QueryText.first(clauses, low);
            notes.add("Your search is too long to run whole: only its first " + low + " of "
                    + QueryText.size(clauses) + " terms were searched (" + QueryText.text(kept) + ").");
        } else if (!readable.equals(q == null ? "" : q)) {
            notes.add("Your search is longer than " + QueryText.MAX_LENGTH + " characters: only its beginning was searched ("
                    + readable + ").");
        }
        return new Text(query, notes);
    }

    private Query tryText(List<Clause> clauses) {
        try {
            return queries().text(clauses);
        } catch (IndexSearcher.TooManyClauses e) {
            return null;
        }
    }

    /** How many clauses Lucene counts in a query (its limit applies to all of them, nested ones included). */
    static int clauseCount(Query query) {
        int[] n = {0};
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }

            @Override
            public void visitLeaf(Query q) {
                n[0]++;
            }

            @Override
            public void consumeTerms(Query q, Term... terms) {
                n[0] += terms.length;
            }
        });
        return n[0];
    }

    public SearchResult search(SearchRequest request, Reader reader) {
        return search(request, reader, FACET_VALUES);
    }

    /**
     * The search, each facet giving its {@code facetValues} values with most documents (a chosen value is always
     * given): the search page shows fewer than the API gives.
     */
    public SearchResult search(SearchRequest request, Reader reader, int facetValues) {
        return search(request, reader, facetValues, true);
    }

    /** The search, with or without a highlighted snippet for each hit (scripts that show none need not pay for them). */
    public SearchResult search(SearchRequest request, Reader reader, int facetValues, boolean snippets) {
        LocalDate from = DateRange.start(request.from());
        LocalDate to = DateRange.end(request.to());
        Text text = text(request.q());
        List<String> notes = new ArrayList<>(text.notes());
        notes.addAll(DateRange.unread(request.from(), request.to()));
        // Facets are tested document by document in the pass (multi-select), so the pass runs on the text, who may
        // see and the dates; with no facet chosen the query holds nothing else.
        Query base = SearchQuery.filtered(text.query(), SearchQuery.visibility(reader), List.of(), SearchQuery.dates(from, to));
        int wanted = request.page() * SearchRequest.PAGE_SIZE;
        boolean yearChosen = !request.values(YEAR).isEmpty();

        Page page = index.search(searcher -> {
            List<FacetPass.Chosen> chosen = new ArrayList<>();
            for (String facet : SearchRequest.FACETS) {
                if (!request.values(facet).isEmpty()) {
                    chosen.add(new FacetPass.Chosen(facet, request.values(facet)));
                }
            }
            FacetOrdinals.Field values = index.ordinals().of(searcher.getIndexReader(), ALL_FACET_VALUES);
            CollectorManager<? extends Collector, ? extends TopDocs> top = switch (request.sort()) {
                case DATE -> new TopFieldCollectorManager(new Sort(missingLast(EARLIEST, false), missingLast(LATEST, false)), wanted, Integer.MAX_VALUE);
                case PUBLISHED -> new TopFieldCollectorManager(new Sort(missingLast(PUBLISHED, true)), wanted, Integer.MAX_VALUE);
                case RELEVANCE -> null;
            };
            FacetPass.Result r = searcher.search(base, new FacetPass(values, chosen, top));
            ScoreDoc[] all;
            if (r.top() != null) {
                all = r.top().scoreDocs;
            } else {
                // By relevance: every hit was counted without scores; the best are found in a pass of their own, which
                // skips the blocks of documents that cannot reach the page (block-max WAND).
                Query hits = chosen.isEmpty() ? base : SearchQuery.filtered(text.query(), SearchQuery.visibility(reader),
                        facetFilters(request), SearchQuery.dates(from, to));
                all = searcher.search(hits, new TopScoreDocCollectorManager(wanted, null, wanted)).scoreDocs;
            }
            int first = Math.min(all.length, (request.page() - 1) * SearchRequest.PAGE_SIZE);
            ScoreDoc[] shown = Arrays.copyOfRange(all, first, all.length);
            Map<String, Map<String, Long>> counts = FacetCounts.of(searcher, values, r, facetValues, yearChosen);
            // Snippets mark the words searched for: the text query alone (filters mark no words).
            return new Page(r.total(), ResultRows.read(searcher, shown, snippets ? text.query() : null, index.indexAnalyzer()),
                    counts);
        });

        Map<String, Map<String, Long>> facetCounts = new LinkedHashMap<>();
        for (String facet : SearchRequest.FACETS) {
            Map<String, Long> c = page.counts().get(facet);
            if (facet.equals(YEAR)) {
                c = FacetCounts.top(c, facetValues);
            }
            facetCounts.put(facet, c);
        }
        // Months when the dates asked for span three years at most, or the results fall within a year or two.
        Map<String, Long> yearCounts = yearChosen ? page.counts().get("timeline-" + YEAR) : page.counts().get(YEAR);
        boolean months = from != null && to != null && ChronoUnit.MONTHS.between(from, to) <= 36
                || !yearCounts.isEmpty() && yearCounts.size() <= 2;
        Map<String, Long> periods = months ? page.counts().get("timeline-" + MONTH) : yearCounts;
        return new SearchResult(request, page.total(), hits(page.rows()), labels.facets(request, facetCounts),
                timeline(periods, months), months ? "month" : "year", notes);
    }

    /** How many documents the search finds, and nothing else (no page of hits, facets or timeline): a saved search's count. */
    public long count(SearchRequest request, Reader reader) {
        Query query = SearchQuery.filtered(text(request.q()).query(), SearchQuery.visibility(reader), facetFilters(request),
                SearchQuery.dates(DateRange.start(request.from()), DateRange.end(request.to())));
        return index.search(searcher -> (long) searcher.count(query));
    }

    private static List<Query> facetFilters(SearchRequest request) {
        List<Query> filters = new ArrayList<>();
        for (String facet : SearchRequest.FACETS) {
            if (!request.values(facet).isEmpty()) {
                filters.add(SearchQuery.facet(facet, request.values(facet)));
            }
        }
        return filters;
    }

    private static SortField missingLast(String field, boolean descending) {
        SortedNumericSortField sort = new SortedNumericSortField(field, SortField.Type.LONG, descending);
        sort.setMissingValue(descending ? Long.MIN_VALUE : Long.MAX_VALUE);
        return sort;
    }

    /** What one pass found: the total, the page's rows, and per counted field its values with their counts. */
    private record Page(long total, List<ResultRows.Row> rows, Map<String, Map<String, Long>> counts) { }

    private List<SearchResult.Hit> hits(List<ResultRows.Row> rows) {
        Map<String, String> titles = rows.isEmpty() ? Map.of() : labels.volumeTitles();
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (ResultRows.Row row : rows) {
            Map<String, String> f = row.fields();
            String volume = f.get(VOLUME);
            String classification = f.get(CLASSIFICATION);
            String precedence = f.get(PRECEDENCE);
            String published = f.get(PUBLISHED);
            hits.add(new SearchResult.Hit(row.id(), f.get(TITLE), f.get(DATE_DISPLAY), volume,
                    volume == null ? null : titles.getOrDefault(volume, volume),
                    classification, FacetLabels.label(classification, c -> Classification.valueOf(c).label()), precedence,
                    FacetLabels.label(precedence, p -> Precedence.valueOf(p).label()), f.get(TYPE), row.snippet(),
                    published == null ? null : Instant.parse(published)));
        }
        return hits;
    }

    /** The periods in order, with those between them that have no documents filled in (bars keep to time). */
    static List<SearchResult.Period> timeline(Map<String, Long> periods, boolean months) {
        Map<String, Long> sorted = new TreeMap<>(periods);
        List<SearchResult.Period> timeline = new ArrayList<>();
        if (sorted.isEmpty()) {
            return timeline;
        }
        String first = ((TreeMap<String, Long>) sorted).firstKey();
        String last = ((TreeMap<String, Long>) sorted).lastKey();
        try {
            if (months) {
                // Whole years of months, so that a few months read as a part of their year.
                YearMonth end = YearMonth.of(YearMonth.parse(last).getYear(), 12);
                for (YearMonth m = YearMonth.of(YearMonth.parse(first).getYear(), 1); !m.isAfter(end) && timeline.size() < 1200; m = m.plusMonths(1)) {
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
