package org.cablearchive.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * The same documents in a plain Lucene 9 index, searched with no Spring and no Hibernate Search: the app's analyzer
 * (standard tokenizer, English possessive, lower case, ASCII folding, Porter stemming), its text fields and boosts,
 * its facet dimensions counted exactly from doc values, top 20 with stored fields and one highlighted passage of the
 * body each. A facet that is filtered on is counted in a query of its own over every other filter, as the app does.
 */
final class BareLucene implements AutoCloseable {

    /** The app's facets (search.SearchRequest.FACETS), then the timeline's months. */
    static final List<String> FACETS = List.of("type", "classification", "precedence", "sender", "recipient", "place",
            "year", "decade", "volume", "person", "file", "footnoted");
    private static final String MONTH = "month";
    /** The app's text fields and their boosts (search.DocumentSearch#text). */
    private static final Map<String, Float> TEXT_FIELDS = new LinkedHashMap<>();

    static {
        TEXT_FIELDS.put("title", 3f);
        TEXT_FIELDS.put("senderText", 3f);
        TEXT_FIELDS.put("recipientText", 3f);
        TEXT_FIELDS.put("personsText", 2f);
        TEXT_FIELDS.put("sourceNote", 1.5f);
        TEXT_FIELDS.put("body", 1f);
        TEXT_FIELDS.put("footnotes", 1f);
    }

    private static final FieldType SHOWN_TEXT = new FieldType(TextField.TYPE_STORED);

    static {
        SHOWN_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        SHOWN_TEXT.freeze();
    }

    private final Analyzer analyzer;
    private final FacetsConfig config = new FacetsConfig();
    private final Path folder;
    private DirectoryReader reader;
    private IndexSearcher searcher;
    private SortedSetDocValuesReaderState state;
    private UnifiedHighlighter highlighter;
    private QueryGlossary glossary;

    BareLucene(Path folder) {
        this.folder = folder;
        try {
            analyzer = CustomAnalyzer.builder()
                    .withTokenizer("standard")
                    .addTokenFilter("englishPossessive")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("asciiFolding")
                    .addTokenFilter("porterStem")
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        config.setMultiValued("person", true);
    }

    /** The archive's glossary, applied to query text as the app applies it. */
    void glossary(QueryGlossary glossary) {
        this.glossary = glossary;
    }

    /**
     * An index writer with a sink for rows; {@link Indexing#close} commits and opens the searcher. Rows are analyzed
     * and added on every core (IndexWriter takes documents from several threads at once, each into a segment of its
     * own) while the caller goes on reading rows; a large RAM buffer keeps segments few.
     */
    Indexing indexing() {
        try {
            IndexWriterConfig c = new IndexWriterConfig(analyzer);
            c.setRAMBufferSizeMB(256);
            c.setMaxBufferedDocs(IndexWriterConfig.DISABLE_AUTO_FLUSH);
            c.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
            return new Indexing(new IndexWriter(FSDirectory.open(folder), c));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    final class Indexing implements AutoCloseable {
        private final IndexWriter writer;
        private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        /** Rows handed to the indexing threads; when they fall behind, the reader adds rows itself. */
        private final java.util.concurrent.ThreadPoolExecutor pool = new java.util.concurrent.ThreadPoolExecutor(threads,
                threads, 0, java.util.concurrent.TimeUnit.MILLISECONDS, new java.util.concurrent.ArrayBlockingQueue<>(512),
                r -> {
                    Thread t = new Thread(r, "bare-lucene-indexing");
                    t.setDaemon(true);
                    return t;
                }, new java.util.concurrent.ThreadPoolExecutor.CallerRunsPolicy());
        private final java.util.concurrent.atomic.AtomicLong added = new java.util.concurrent.atomic.AtomicLong();
        private volatile Throwable failure;
        private long started;
        /** Wall time from the first row given to the commit's end: reading the rows overlaps it. */
        long nanos;
        long documents;

        private Indexing(IndexWriter writer) {
            this.writer = writer;
        }

        void add(CorpusRows.Row r) {
            if (started == 0) {
                started = System.nanoTime();
            }
            if (failure != null) {
                throw new IllegalStateException("bare Lucene indexing failed", failure);
            }
            pool.execute(() -> {
                try {
                    writer.addDocument(config.build(document(r)));
                    added.incrementAndGet();
                } catch (IOException | RuntimeException e) {
                    failure = e;
                }
            });
        }

        @Override
        public void close() {
            try {
                pool.shutdown();
                if (!pool.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS)) {
                    throw new IllegalStateException("bare Lucene indexing did not finish");
                }
                if (failure != null) {
                    throw new IllegalStateException("bare Lucene indexing failed", failure);
                }
                writer.commit();
                writer.close();
                documents = added.get();
                nanos = started == 0 ? 0 : System.nanoTime() - started;
                open();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Document document(CorpusRows.Row r) {
        Document d = new Document();
        d.add(new StringField("id", r.id(), Field.Store.YES));
        d.add(new Field("title", r.title(), SHOWN_TEXT));
        d.add(new Field("body", r.body(), SHOWN_TEXT));
        r.footnotes().forEach(f -> d.add(new TextField("footnotes", f, Field.Store.NO)));
        text(d, "sourceNote", r.sourceNote());
        text(d, "senderText", r.sender());
        text(d, "recipientText", r.recipient());
        r.names().forEach(n -> d.add(new TextField("personsText", n, Field.Store.NO)));
        if (r.fileNumber() != null) {
            d.add(new StringField("fileText", r.fileNumber().toLowerCase(java.util.Locale.ROOT), Field.Store.NO));
        }
        facet(d, "type", r.type());
        facet(d, "classification", r.classification());
        facet(d, "precedence", r.precedence());
        facet(d, "sender", r.sender());
        facet(d, "recipient", r.recipient());
        facet(d, "place", r.place());
        facet(d, "year", r.year());
        facet(d, "decade", r.decade());
        facet(d, MONTH, r.month());
        facet(d, "volume", r.volume());
        r.persons().forEach(p -> facet(d, "person", p));
        facet(d, "file", r.fileSubject());
        facet(d, "footnoted", r.footnoted());
        d.add(new StringField("status", r.status(), Field.Store.NO));
        if (r.earliest() != null) {
            d.add(new LongPoint("earliest", r.earliest().toEpochDay()));
            d.add(new LongPoint("latest", r.latest().toEpochDay()));
            d.add(new StoredField("dateDisplay", r.dateDisplay()));
        }
        for (String stored : new String[] {"volume", "classification", "precedence", "type"}) {
            String v = switch (stored) {
                case "volume" -> r.volume();
                case "classification" -> r.classification();
                case "precedence" -> r.precedence();
                default -> r.type();
            };
            if (v != null) {
                d.add(new StoredField("s_" + stored, v));
            }
        }
        return d;
    }

    private static void text(Document d, String field, String value) {
        if (value != null) {
            d.add(new TextField(field, value, Field.Store.NO));
        }
    }

    /** A facet value: counted from doc values, and filterable by an exact term. */
    private static void facet(Document d, String dim, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new SortedSetDocValuesFacetField(dim, value));
            d.add(new StringField("f_" + dim, value, Field.Store.NO));
        }
    }

    /** Opens the index an earlier run left in the folder, if it holds {@code documents} documents; false otherwise. */
    boolean openExisting(long documents) throws IOException {
        try (var dir = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(dir)) {
                return false;
            }
        }
        open();
        if (reader.numDocs() == documents) {
            return true;
        }
        reader.close();
        reader = null;
        searcher = null;
        return false;
    }

    private void open() throws IOException {
        reader = DirectoryReader.open(FSDirectory.open(folder));
        searcher = new IndexSearcher(reader);
        state = new DefaultSortedSetDocValuesReaderState(reader, config); // kept warm, as a server would
        highlighter = UnifiedHighlighter.builder(searcher, analyzer).withMaxNoHighlightPassages(1).build();
    }

    int documents() {
        return reader.numDocs();
    }

    /** The result of one search: exact total, the ids of the page, facet counts, snippets. */
    record Result(long total, List<String> ids, Map<String, Map<String, Long>> facets, List<String> snippets) { }

    Result search(BenchQuery q, boolean snippets) {
        try {
            Query query = query(q, null);
            FacetsCollectorManager.FacetsResult r = FacetsCollectorManager.search(searcher, query, 20, new FacetsCollectorManager());
            TopDocs top = r.topDocs();
            Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
            Facets counts = new SortedSetDocValuesFacetCounts(state, r.facetsCollector());
            for (String dim : FACETS) {
                if (!q.filters().containsKey(dim)) {
                    facets.put(dim, values(counts.getTopChildren(dim.equals("year") ? 10_000 : 200, dim)));
                } else {
                    // Counted over every other filter, so that another value of this facet adds to the results.
                    FacetsCollector own = searcher.search(query(q, dim), new FacetsCollectorManager());
                    facets.put(dim, values(new SortedSetDocValuesFacetCounts(state, own).getTopChildren(200, dim)));
                }
            }
            facets.put(MONTH, values(counts.getTopChildren(10_000, MONTH)));
            List<String> ids = new ArrayList<>();
            var stored = searcher.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                Document doc = stored.document(sd.doc);
                ids.add(doc.get("id"));
                doc.get("title");
                doc.get("dateDisplay");
            }
            List<String> highlights = List.of();
            if (snippets && top.scoreDocs.length > 0) {
                highlights = java.util.Arrays.asList(highlighter.highlight("body", query, top, 1));
            }
            return new Result(top.totalHits.value, ids, facets, highlights);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Long> values(FacetResult result) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (result != null) {
            for (LabelAndValue lv : result.labelValues) {
                out.put(lv.label, lv.value.longValue());
            }
        }
        return out;
    }

    /** The whole query: text, public documents only, facet filters (all but {@code except}), dates. */
    Query query(BenchQuery q, String except) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Query text = textQuery(q);
        b.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
        b.add(new TermQuery(new Term("status", "PUBLISHED")), Occur.FILTER);
        q.filters().forEach((facet, value) -> {
            if (!facet.equals(except)) {
                b.add(new TermQuery(new Term("f_" + facet, value)), Occur.FILTER);
            }
        });
        if (q.from() != null) {
            b.add(LongPoint.newRangeQuery("latest", LocalDate.of(q.from(), 1, 1).toEpochDay(), Long.MAX_VALUE), Occur.FILTER);
        }
        if (q.to() != null) {
            b.add(LongPoint.newRangeQuery("earliest", Long.MIN_VALUE, LocalDate.of(q.to(), 12, 31).toEpochDay()), Occur.FILTER);
        }
        return b.build();
    }

    /**
     * The text as the app reads it (search.DocumentSearch): a phrase in every text field, in each of its glossary
     * variants; otherwise every unit of the words must match in some text field, each word or one of its
     * alternatives, or the unit as one of the glossary's phrases for it ("Sov Govt" also as "Soviet government").
     */
    private Query textQuery(BenchQuery q) {
        List<String> words = QueryGlossary.words(q.text() == null ? "" : q.text());
        if (words.isEmpty()) {
            return null;
        }
        if (q.phrase()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (List<String> variant : glossary.phraseVariants(words, 8)) {
                any.add(fields(analyze(String.join(" ", variant))), Occur.SHOULD);
            }
            return any.build();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (QueryGlossary.Unit u : glossary.units(words)) {
            BooleanQuery.Builder unit = new BooleanQuery.Builder();
            for (List<String> slot : u.slots()) {
                if (slot.size() == 1) {
                    unit.add(fields(analyze(slot.get(0))), Occur.MUST);
                } else {
                    BooleanQuery.Builder any = new BooleanQuery.Builder();
                    slot.forEach(w -> any.add(fields(analyze(w)), Occur.SHOULD));
                    unit.add(any.build(), Occur.MUST);
                }
            }
            if (u.phrases().isEmpty()) {
                all.add(unit.build(), Occur.MUST);
            } else {
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                any.add(unit.build(), Occur.SHOULD);
                u.phrases().forEach(p -> any.add(fields(analyze(String.join(" ", p))), Occur.SHOULD));
                all.add(any.build(), Occur.MUST);
            }
        }
        return all.build();
    }

    /** A term (one word) or a phrase in every text field, with the app's boosts. */
    private static Query fields(List<String> terms) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (var e : TEXT_FIELDS.entrySet()) {
            Query q;
            if (terms.size() == 1) {
                q = new TermQuery(new Term(e.getKey(), terms.get(0)));
            } else {
                PhraseQuery.Builder p = new PhraseQuery.Builder();
                terms.forEach(t -> p.add(new Term(e.getKey(), t)));
                q = p.build();
            }
            any.add(e.getValue() == 1f ? q : new BoostQuery(q, e.getValue()), Occur.SHOULD);
        }
        return any.build();
    }

    /** The terms the app's analyzer makes of a text. */
    List<String> analyze(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** How many documents hold the term in their body (for choosing the common and the rare word). */
    int bodyDocFreq(String term) {
        try {
            return reader.docFreq(new Term("body", term));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Body terms (already analysed) in index order, for choosing a rare word. */
    List<String> bodyTermsWithDocFreq(int min, int max, int limit) {
        List<String> out = new ArrayList<>();
        try {
            var terms = org.apache.lucene.index.MultiTerms.getTerms(reader, "body");
            if (terms == null) {
                return out;
            }
            var it = terms.iterator();
            for (var t = it.next(); t != null && out.size() < limit; t = it.next()) {
                int df = it.docFreq();
                String s = t.utf8ToString();
                if (df >= min && df <= max && s.length() >= 6 && s.chars().allMatch(Character::isLetter)) {
                    out.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        analyzer.close();
    }
}
