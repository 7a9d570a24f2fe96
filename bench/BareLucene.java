import java.io.IOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.packed.PackedInts;

/**
 * Bare Lucene over the archive's own index (no Spring, no Hibernate Search): the work a search of the reading room
 * asks for, done as plainly as Lucene allows, single-threaded, to measure the application against.
 *
 *   java -cp "LIB/*" bench/BareLucene.java INDEX_DIR ROUNDS WARMUP 'name=query-string' ...
 *
 * A query string is the one /api/search takes (q, facet parameters, from, to). For each it runs: the query text
 * (each word in the seven text fields with the archive's boosts, a quoted phrase as a phrase; no glossary), who may
 * see (published documents), the facet filters and dates; the exact total; the top 20 with their stored fields;
 * exact counts of the 12 facet fields and the month field over every hit (global ordinals kept warm, as the
 * application keeps them); 20 highlighted snippets of the body. Prints one line a query: name, hits, p50, p95 in ms.
 * Reusable: {@link #query}, {@link #run} are the pieces another harness needs.
 */
public class BareLucene {

    static final String[] FACETS = {"type", "classification", "precedence", "sender", "recipient", "place", "year",
            "decade", "volume", "person", "file", "footnoted", "month"};
    static final Map<String, Float> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("title", 3f);
        FIELDS.put("senderText", 3f);
        FIELDS.put("recipientText", 3f);
        FIELDS.put("personsText", 2f);
        FIELDS.put("sourceNote", 1.5f);
        FIELDS.put("body", 1f);
        FIELDS.put("footnotes", 1f);
    }

    final IndexSearcher searcher;
    final Analyzer analyzer;
    final QueryBuilder builder;
    final Map<String, OrdinalMap> ordinals = new HashMap<>();

    BareLucene(IndexReader reader) throws IOException {
        this.searcher = new IndexSearcher(reader);
        this.analyzer = CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("englishPossessive")
                .addTokenFilter("lowercase").addTokenFilter("asciiFolding").addTokenFilter("porterStem").build();
        this.builder = new QueryBuilder(analyzer);
        for (String f : FACETS) {
            List<LeafReaderContext> leaves = reader.leaves();
            SortedSetDocValues[] dv = new SortedSetDocValues[leaves.size()];
            for (int i = 0; i < dv.length; i++) {
                dv[i] = DocValues.getSortedSet(leaves.get(i).reader(), f);
            }
            ordinals.put(f, OrdinalMap.build(null, dv, PackedInts.DEFAULT));
        }
    }

    /** The Lucene query of an /api/search query string. */
    Query query(String queryString) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String p : queryString.split("&")) {
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            String name = p.substring(0, eq);
            String value = java.net.URLDecoder.decode(p.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        BooleanQuery.Builder bool = new BooleanQuery.Builder();
        String q = params.getOrDefault("q", List.of("")).get(0).strip();
        boolean positive = false;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([^\"]+)\"|(\\S+)").matcher(q);
        while (m.find()) {
            String text = m.group(1) != null ? m.group(1) : m.group(2);
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (var e : FIELDS.entrySet()) {
                Query f = m.group(1) != null ? builder.createPhraseQuery(e.getKey(), text) : builder.createBooleanQuery(e.getKey(), text);
                if (f != null) {
                    any.add(new BoostQuery(f, e.getValue()), Occur.SHOULD);
                }
            }
            bool.add(any.build(), Occur.MUST);
            positive = true;
        }
        if (!positive) {
            bool.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        bool.add(new TermInSetQuery("status", List.of(new BytesRef("PUBLISHED"))), Occur.FILTER);
        for (String f : FACETS) {
            if (params.containsKey(f)) {
                bool.add(new TermInSetQuery(f, params.get(f).stream().map(BytesRef::new).toList()), Occur.FILTER);
            }
        }
        if (params.containsKey("from")) {
            bool.add(LongPoint.newRangeQuery("latest", start(params.get("from").get(0)).toEpochDay(), Long.MAX_VALUE), Occur.FILTER);
        }
        if (params.containsKey("to")) {
            bool.add(LongPoint.newRangeQuery("earliest", Long.MIN_VALUE, end(params.get("to").get(0)).toEpochDay()), Occur.FILTER);
        }
        return bool.build();
    }

    private static LocalDate start(String s) {
        return s.length() == 4 ? LocalDate.of(Integer.parseInt(s), 1, 1) : s.length() <= 7 ? YearMonth.parse(s).atDay(1) : LocalDate.parse(s);
    }

    private static LocalDate end(String s) {
        return s.length() == 4 ? LocalDate.of(Integer.parseInt(s), 12, 31) : s.length() <= 7 ? YearMonth.parse(s).atEndOfMonth() : LocalDate.parse(s);
    }

    /** One search: exact total, top 20 with stored fields, exact counts of every facet field, 20 snippets. Returns the total. */
    long run(Query query) throws IOException {
        TopScoreDocCollector top = TopScoreDocCollector.create(20, Integer.MAX_VALUE);
        long[][] counts = new long[FACETS.length][];
        for (int f = 0; f < FACETS.length; f++) {
            counts[f] = new long[(int) ordinals.get(FACETS[f]).getValueCount()];
        }
        long[] total = {0};
        Collector facets = new SimpleCollector() {
            SortedSetDocValues[] dv = new SortedSetDocValues[FACETS.length];
            LongValues[] global = new LongValues[FACETS.length];

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                for (int f = 0; f < FACETS.length; f++) {
                    dv[f] = DocValues.getSortedSet(context.reader(), FACETS[f]);
                    global[f] = ordinals.get(FACETS[f]).getGlobalOrds(context.ord);
                }
            }

            @Override
            public void collect(int doc) throws IOException {
                total[0]++;
                for (int f = 0; f < FACETS.length; f++) {
                    if (dv[f].advanceExact(doc)) {
                        for (int i = dv[f].docValueCount(); i > 0; i--) {
                            counts[f][(int) global[f].get(dv[f].nextOrd())]++;
                        }
                    }
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        };
        searcher.search(query, MultiCollector.wrap(top, facets));
        TopDocs docs = top.topDocs();
        var stored = searcher.storedFields();
        Set<String> shown = Set.of("title", "dateDisplay", "volume", "classification", "precedence", "type", "published");
        for (var sd : docs.scoreDocs) {
            stored.document(sd.doc, shown);
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<em>", "</em>", "… ", true))
                .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT)).withMaxNoHighlightPassages(1).build();
        highlighter.highlight("body", query, docs, 1);
        for (int f = 0; f < FACETS.length; f++) { // the values the page shows: the 200 with most documents
            long[] c = counts[f];
            Arrays.stream(c).filter(n -> n > 0).sorted().limit(200).count();
        }
        return total[0];
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Path.of(args[0])))) {
            BareLucene lucene = new BareLucene(reader);
            Map<String, Query> mix = new LinkedHashMap<>();
            for (int i = 3; i < args.length; i++) {
                int eq = args[i].indexOf('=');
                mix.put(args[i].substring(0, eq), lucene.query(args[i].substring(eq + 1)));
            }
            for (int w = 0; w < warmup; w++) {
                for (Query q : mix.values()) {
                    lucene.run(q);
                }
            }
            List<Double> all = new ArrayList<>();
            for (var e : mix.entrySet()) {
                double[] t = new double[rounds];
                long hits = 0;
                for (int r = 0; r < rounds; r++) {
                    long start = System.nanoTime();
                    hits = lucene.run(e.getValue());
                    t[r] = (System.nanoTime() - start) / 1e6;
                    all.add(t[r]);
                }
                Arrays.sort(t);
                System.out.printf(Locale.ROOT, "%s %d %.2f %.2f%n", e.getKey(), hits, t[(rounds - 1) / 2], t[(int) Math.min(rounds - 1, Math.round(rounds * 0.95) - 1)]);
            }
            double[] a = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "whole-mix %d %.2f %.2f%n", 0, a[(a.length - 1) / 2], a[(int) Math.min(a.length - 1, Math.round(a.length * 0.95) - 1)]);
        }
    }
}
