package org.cablearchive.search;

import static org.cablearchive.search.index.IndexFields.*;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
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
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.LongHeap;
import org.cablearchive.accounts.Reader;
import org.cablearchive.records.Classification;
import org.cablearchive.records.DocumentType;
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
 * match the text gives the exact total and every facet's counts (the timeline is the year or month facet of the
 * hits), segments counted on every core, without scoring a document (sorted by date, the same pass keeps the page of
 * hits); by relevance, a second pass scores only what may reach the page, skipping whole blocks of documents that
 * cannot (block-max WAND); then the page's stored fields are read and its snippets highlighted. Nothing is loaded from PostgreSQL but volume titles and person names, both kept short.
 */
@Service
@ConditionalOnProperty(name = "archive.search.backend", havingValue = "lucene", matchIfMissing = true)
public class DocumentSearch implements ArchiveSearch {

    /** How many values of a facet are returned, those with most documents, each with its exact count. */
    public static final int FACET_VALUES = 200;
    /** The stored fields a result line shows. */
    private static final Set<String> SHOWN = Set.of(TITLE, DATE_DISPLAY, VOLUME, CLASSIFICATION, PRECEDENCE, TYPE, PUBLISHED);
    /** Where Hibernate Search keeps a document's id. */
    private static final String ID = "__HSEARCH_id_docvalue";

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
            Map<String, Map<String, Long>> counts = counts(searcher, values, r, facetValues, yearChosen);
            // Snippets mark the words searched for: the text query alone (filters mark no words).
            return new Page(r.total(), rows(searcher, shown, snippets ? text.query() : null), counts);
        });

        Map<String, Map<String, Long>> facetCounts = new LinkedHashMap<>();
        for (String facet : SearchRequest.FACETS) {
            Map<String, Long> c = page.counts().get(facet);
            if (facet.equals(YEAR)) {
                c = top(c, facetValues);
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
    private record Page(long total, List<Row> rows, Map<String, Map<String, Long>> counts) { }

    /** A hit as the index holds it: its id, stored fields and snippet. */
    private record Row(String id, Map<String, String> fields, String snippet) { }

    /**
     * Each facet's values with their counts (hits and near-hits: see {@link FacetPass}), at most {@code facetValues}
     * of each but years, decades and months; {@code timeline-month} (and {@code timeline-year} when years are chosen)
     * the hits' own counts, for the timeline. A facet's values take a run of ordinals, in the order of the values:
     * each run is ranked by its counts, and only the values returned are named.
     */
    private static Map<String, Map<String, Long>> counts(IndexSearcher searcher, FacetOrdinals.Field values,
                                                         FacetPass.Result r, int facetValues, boolean yearChosen) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        SortedSetDocValues[] opened = new SortedSetDocValues[leaves.size()];
        long[] hits = r.hits();
        long[] sideways = r.sideways();
        long[] both = new long[hits.length];
        for (int o = 0; o < both.length; o++) {
            both[o] = hits[o] + sideways[o];
        }
        Map<String, Map<String, Long>> all = new LinkedHashMap<>();
        for (String facet : SearchRequest.FACETS) {
            int[] run = values.run(leaves, ALL_FACET_VALUES, facet, opened);
            boolean whole = facet.equals(YEAR) || facet.equals(DECADE);
            int[] shown = whole ? inOrder(both, run[0], run[1]) : ranked(both, run[0], run[1], facetValues);
            all.put(facet, named(values, leaves, opened, shown, both));
        }
        int[] months = values.run(leaves, ALL_FACET_VALUES, MONTH, opened);
        all.put("timeline-" + MONTH, named(values, leaves, opened, inOrder(hits, months[0], months[1]), hits));
        if (yearChosen) {
            int[] years = values.run(leaves, ALL_FACET_VALUES, YEAR, opened);
            all.put("timeline-" + YEAR, named(values, leaves, opened, inOrder(hits, years[0], years[1]), hits));
        }
        return all;
    }

    /** The values of these ordinals with their counts, in the ordinals' order given. */
    private static Map<String, Long> named(FacetOrdinals.Field values, List<LeafReaderContext> leaves,
                                           SortedSetDocValues[] opened, int[] ordinals, long[] counts)
            throws IOException {
        Map<String, Long> named = new LinkedHashMap<>();
        for (int o : ordinals) {
            FacetOrdinals.Split split = values.split(leaves, ALL_FACET_VALUES, o, opened);
            if (split != null) {
                named.put(split.value(), counts[o]);
            }
        }
        return named;
    }

    /** The ordinals of {@code [from, to)} with documents, in order. */
    static int[] inOrder(long[] counts, int from, int to) {
        int n = 0;
        for (int o = from; o < to; o++) {
            if (counts[o] > 0) {
                n++;
            }
        }
        int[] found = new int[n];
        int k = 0;
        for (int o = from; o < to; o++) {
            if (counts[o] > 0) {
                found[k++] = o;
            }
        }
        return found;
    }

    /**
     * The ordinals of {@code [from, to)} with most documents (ties in the ordinals', that is the values', order), at
     * most {@code limit}, most first; those with none are left out.
     */
    static int[] ranked(long[] counts, int from, int to, int limit) {
        // Each ordinal as one number that sorts as wanted: most documents first, then the ordinal. The best are kept in
        // a heap of {@code limit} (negated: the heap keeps the largest), not found by sorting every value.
        LongHeap best = new LongHeap(Math.max(1, limit));
        for (int o = from; o < to && limit > 0; o++) {
            if (counts[o] > 0) {
                best.insertWithOverflow(-((long) (Integer.MAX_VALUE - (int) Math.min(counts[o], Integer.MAX_VALUE)) << 32 | o));
            }
        }
        int[] ordinals = new int[best.size()];
        for (int k = ordinals.length - 1; k >= 0; k--) {
            ordinals[k] = (int) (-best.pop() & 0xFFFFFFFFL);
        }
        return ordinals;
    }

    static Map<String, Long> top(Map<String, Long> counts, int limit) {
        Map<String, Long> top = new LinkedHashMap<>();
        counts.entrySet().stream().sorted((a, b) -> {
            int byCount = Long.compare(b.getValue(), a.getValue());
            return byCount != 0 ? byCount : a.getKey().compareTo(b.getKey());
        }).limit(limit).forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    /**
     * The page's stored fields and ids, and a snippet of each body with the words of {@code query} marked (none when
     * it is null).
     */
    private List<Row> rows(IndexSearcher searcher, ScoreDoc[] shown, Query query) throws IOException {
        if (shown.length == 0) {
            return List.of();
        }
        String[] snippets = new String[shown.length];
        Map<Integer, Map<String, String>> lines = new HashMap<>();
        if (query != null) {
            // The highlighter reads each hit's stored body; the result line's fields are read in the same visit.
            Highlighter highlighter = new Highlighter(UnifiedHighlighter.builder(searcher, index.indexAnalyzer())
                    .withFormatter(new DefaultPassageFormatter("<em>", "</em>", "… ", true))
                    .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT))
                    .withMaxNoHighlightPassages(1), lines);
            snippets = highlighter.highlight(BODY, query, new TopDocs(new TotalHits(shown.length, TotalHits.Relation.EQUAL_TO), shown), 1);
        }
        StoredFields stored = searcher.storedFields();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < shown.length; i++) {
            int doc = shown[i].doc;
            Map<String, String> fields = lines.get(doc);
            if (fields == null) {
                Visit visit = new Visit(null, 0, ' ');
                stored.document(doc, visit);
                fields = visit.shown;
            }
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            BinaryDocValues ids = DocValues.getBinary(leaf.reader(), ID);
            String id = ids.advanceExact(doc - leaf.docBase) ? ids.binaryValue().utf8ToString() : null;
            String snippet = snippets[i] == null ? null : snippets[i].strip();
            rows.add(new Row(id, fields, snippet == null || snippet.isEmpty() ? null : snippet));
        }
        return rows;
    }

    /**
     * One visit of a document's stored fields: the fields a result line shows, and (when {@code text} is given) the
     * first {@code maxLength} characters of that text field, for its snippet (its values joined by {@code separator}).
     */
    private static final class Visit extends StoredFieldVisitor {
        private final String text;
        private final int maxLength;
        private final Map<String, String> shown = new LinkedHashMap<>();
        private final StringBuilder value = new StringBuilder();
        private final char separator;

        Visit(String text, int maxLength, char separator) {
            this.text = text;
            this.maxLength = maxLength;
            this.separator = separator;
        }

        @Override
        public Status needsField(FieldInfo field) {
            return SHOWN.contains(field.name) || field.name.equals(text) ? Status.YES : Status.NO;
        }

        @Override
        public void stringField(FieldInfo field, String v) {
            if (field.name.equals(text)) {
                if (value.length() > 0 && value.length() < maxLength) {
                    value.append(separator);
                }
                value.append(v, 0, Math.min(v.length(), Math.max(0, maxLength - value.length())));
            }
            if (SHOWN.contains(field.name)) {
                shown.putIfAbsent(field.name, v);
            }
        }
    }

    private List<SearchResult.Hit> hits(List<Row> rows) {
        Map<String, String> titles = rows.isEmpty() ? Map.of() : labels.volumeTitles();
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (Row row : rows) {
            Map<String, String> f = row.fields();
            String volume = f.get(VOLUME);
            String classification = f.get(CLASSIFICATION);
            String precedence = f.get(PRECEDENCE);
            String published = f.get(PUBLISHED);
            hits.add(new SearchResult.Hit(row.id(), f.get(TITLE), f.get(DATE_DISPLAY), volume,
                    volume == null ? null : titles.getOrDefault(volume, volume),
                    classification, label(classification, c -> Classification.valueOf(c).label()), precedence,
                    label(precedence, p -> Precedence.valueOf(p).label()), f.get(TYPE), row.snippet(),
                    published == null ? null : Instant.parse(published)));
        }
        return hits;
    }

    static void parseLong(String s, Set<Long> into) {
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

    /**
     * The body's offsets come from its term vectors (the mapping stores them, see index.DocumentBinder): said here
     * rather than found out by merging every segment's field infos on each search. Reading a hit's stored body for its
     * snippet, it keeps the fields of the hit's result line too ({@code lines}, by document), so that the stored
     * fields of a hit are read once.
     */
    private static final class Highlighter extends UnifiedHighlighter {
        private final Map<Integer, Map<String, String>> lines;

        Highlighter(UnifiedHighlighter.Builder builder, Map<Integer, Map<String, String>> lines) {
            super(builder);
            this.lines = lines;
        }

        @Override
        protected OffsetSource getOffsetSource(String field) {
            return OffsetSource.TERM_VECTORS;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
            if (fields.length != 1) {
                return super.loadFieldValues(fields, docs, cacheCharsThreshold);
            }
            List<CharSequence[]> values = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                Visit visit = new Visit(fields[0], getMaxLength(), MULTIVAL_SEP_CHAR);
                stored.document(doc, visit);
                lines.put(doc, visit.shown);
                values.add(new CharSequence[] {visit.value.length() == 0 ? null : visit.value.toString()});
            }
            return values;
        }
    }
}
