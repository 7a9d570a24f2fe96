package org.cablearchive.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark suite's core: against an archive that is running (over HTTP, as a user reaches it) and its
 * database, it builds a bare Lucene index and a PostgreSQL full-text table of the same documents, then measures the
 * same query mix on the three, single client (median, p95, p99) and with 2 and 32 clients, the pages a reader opens,
 * and the app's memory; it writes {@code OUT.json} and {@code OUT.md}. {@code bench/scale.sh} runs it after loading
 * a corpus; {@code ScaleSmokeTest} runs it at 2,000 documents.
 *
 * <pre>java ... org.cablearchive.bench.ScaleBench key=value...</pre>
 * keys: base, jdbc, user, password, out, work, rounds, pg-rounds, warmup, warmup-seconds, seconds, budget, pid,
 * load-seconds, index-seconds, import-docs-per-s, machine. Warm-up: the mix runs at least {@code warmup} rounds and
 * {@code warmup-seconds} on the app and on bare Lucene (a server's compiler needs thousands of requests, not tens, to
 * reach its steady state), and each page at least three times and a sixth of {@code warmup-seconds}.
 */
public final class ScaleBench {

    /** What a run needs to know. */
    record Config(String base, String jdbc, String user, String password, Path out, Path work, int rounds, int pgRounds,
                  int warmup, double warmupSeconds, double throughputSeconds, double budgetSeconds, long appPid, Double loadSeconds,
                  Double indexSeconds, Double importDocsPerS, String machine) {

        static Config of(Map<String, String> a) {
            return new Config(a.getOrDefault("base", "http://localhost:8080"), a.get("jdbc"), a.getOrDefault("user", "postgres"),
                    a.getOrDefault("password", ""), Path.of(a.get("out")), Path.of(a.get("work")),
                    Integer.parseInt(a.getOrDefault("rounds", "30")), Integer.parseInt(a.getOrDefault("pg-rounds", "5")),
                    Integer.parseInt(a.getOrDefault("warmup", "10")), Double.parseDouble(a.getOrDefault("warmup-seconds", "0")),
                    Double.parseDouble(a.getOrDefault("seconds", "15")),
                    Double.parseDouble(a.getOrDefault("budget", "60")), Long.parseLong(a.getOrDefault("pid", "-1")),
                    number(a.get("load-seconds")), number(a.get("index-seconds")), number(a.get("import-docs-per-s")),
                    a.getOrDefault("machine", ""));
        }

        private static Double number(String s) {
            return s == null || s.isBlank() ? null : Double.parseDouble(s);
        }
    }

    private final Config config;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final PrintLog log = new PrintLog();

    ScaleBench(Config config) {
        this.config = config;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("Arguments are key=value: " + arg);
            }
            a.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        Map<String, Object> result = new ScaleBench(Config.of(a)).run();
        System.out.println("wrote " + a.get("out") + ".json and .md (" + result.get("docs") + " documents)");
    }

    /** Runs the whole suite and writes the results; returns what it wrote to the JSON. */
    Map<String, Object> run() throws Exception {
        Map<String, Object> json = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(config.jdbc(), config.user(), config.password());
             BareLucene lucene = new BareLucene(config.work().resolve("lucene"))) {
            Files.createDirectories(config.work());
            long docs = count(db, "select count(*) from document");
            long published = count(db, "select count(*) from document where status = 'PUBLISHED'");
            json.put("docs", docs);
            json.put("published_docs", published);
            json.put("machine", config.machine());
            json.put("date", java.time.Instant.now().toString());
            json.put("cores", Runtime.getRuntime().availableProcessors());
            json.put("load_average_at_start", loadAverage());
            QueryGlossary glossary = QueryGlossary.read(db);
            lucene.glossary(glossary);
            PostgresFts pg = new PostgresFts(db);
            pg.glossary(glossary);

            // The engines' copies of the corpus, built by an earlier run with the same work folder and data, are used
            // again (their build figures are that run's): a second measurement of a large corpus need not rebuild them.
            Path builtFile = config.work().resolve("engines.properties");
            java.util.Properties built = new java.util.Properties();
            if (Files.exists(builtFile)) {
                try (var in = Files.newBufferedReader(builtFile)) {
                    built.load(in);
                }
            }
            boolean sameCorpus = String.valueOf(docs).equals(built.getProperty("docs"));
            boolean luceneBuilt = sameCorpus && built.getProperty("lucene_index_nanos") != null && lucene.openExisting(docs);
            boolean postgresBuilt = sameCorpus && built.getProperty("postgres_fts_build_seconds") != null && pg.rows() == docs;
            built.setProperty("docs", String.valueOf(docs));
            double luceneNanos;
            double luceneDocuments;
            if (luceneBuilt) {
                log.say("using the bare Lucene index of %d documents built by an earlier run", docs);
                luceneNanos = Double.parseDouble(built.getProperty("lucene_index_nanos"));
                luceneDocuments = Double.parseDouble(built.getProperty("lucene_index_documents"));
                json.put("lucene_index_wall_seconds", Double.parseDouble(built.getProperty("lucene_index_wall_seconds")));
                json.put("lucene_index_built_by_an_earlier_run", true);
            } else {
                log.say("building the bare Lucene index of %d documents", docs);
                long t = System.nanoTime();
                BareLucene.Indexing indexing = lucene.indexing();
                CorpusRows.forEach(db, indexing::add);
                indexing.close();
                double luceneWall = (System.nanoTime() - t) / 1e9;
                luceneNanos = indexing.nanos;
                luceneDocuments = indexing.documents;
                json.put("lucene_index_wall_seconds", Timings.round(luceneWall));
                log.say("bare Lucene: %d documents in %.1f s of indexing on %d threads (%.1f s from the query on): %.0f documents/s",
                        indexing.documents, indexing.nanos / 1e9, Runtime.getRuntime().availableProcessors(), luceneWall,
                        indexing.documents / (indexing.nanos / 1e9));
                built.setProperty("lucene_index_nanos", String.valueOf(luceneNanos));
                built.setProperty("lucene_index_documents", String.valueOf(luceneDocuments));
                built.setProperty("lucene_index_wall_seconds", String.valueOf(Timings.round(luceneWall)));
            }
            if (postgresBuilt) {
                log.say("using the PostgreSQL full-text table of %d documents built by an earlier run", docs);
                json.put("postgres_fts_build_seconds", Double.parseDouble(built.getProperty("postgres_fts_build_seconds")));
                json.put("postgres_fts_built_by_an_earlier_run", true);
            } else {
                log.say("building the PostgreSQL full-text table");
                long t = System.nanoTime();
                try (PostgresFts.Loading loading = pg.loading()) {
                    CorpusRows.forEach(db, loading::add);
                }
                double pgSeconds = Timings.round((System.nanoTime() - t) / 1e9);
                json.put("postgres_fts_build_seconds", pgSeconds);
                built.setProperty("postgres_fts_build_seconds", String.valueOf(pgSeconds));
            }
            try (var out = Files.newBufferedWriter(builtFile)) {
                built.store(out, "engines built by bench.ScaleBench");
            }
            json.put("lucene_index_seconds", Timings.round(luceneNanos / 1e9));
            json.put("lucene_index_docs_per_s", Timings.round(luceneDocuments / (luceneNanos / 1e9)));
            json.put("load_seconds", config.loadSeconds());
            json.put("index_seconds", config.indexSeconds());
            json.put("import_docs_per_s", config.importDocsPerS());
            if (config.importDocsPerS() != null && luceneNanos > 0) {
                // The import goal: at least half of bare Lucene's own indexing rate measured in the same run.
                double ratio = config.importDocsPerS() / (luceneDocuments / (luceneNanos / 1e9));
                json.put("import_to_lucene_index_ratio", Timings.round(ratio));
                log.say("TEI import end to end %.0f documents/s: %.2f of bare Lucene's indexing rate", config.importDocsPerS(), ratio);
            }

            List<BenchQuery> mix = mix(db, lucene, published);
            json.put("query_mix", describe(mix));
            Map<String, Object> queries = new LinkedHashMap<>();
            // PostgreSQL is warmed first: its scans of the whole table, seconds each, are done with when the app and bare
            // Lucene are measured, which they follow immediately.
            for (BenchQuery q : mix) {
                pg.search(q, true);
            }
            log.say("warming up (at least %d rounds and %.0f s of the mix on the app and on bare Lucene)", config.warmup(),
                    config.warmupSeconds());
            long warmEnd = System.nanoTime() + (long) (config.warmupSeconds() * 1e9);
            for (int i = 0; i < config.warmup() || System.nanoTime() < warmEnd; i++) {
                for (BenchQuery q : mix) {
                    get("/api/search?" + q.apiQuery(true));
                    lucene.search(q, true);
                }
            }
            for (boolean snippets : new boolean[] {true, false}) {
                for (BenchQuery q : mix) {
                    String kind = q.kind() + (snippets ? "" : "_no_snippets");
                    log.say("query %s", kind);
                    Map<String, Object> k = new LinkedHashMap<>();
                    String url = "/api/search?" + q.apiQuery(snippets);
                    Map<String, Object> app = Timings.summary(Timings.latencies(() -> get(url), config.rounds(), config.budgetSeconds()));
                    Map<String, Object> lu = Timings.summary(Timings.latencies(() -> lucene.search(q, snippets), config.rounds(),
                            config.budgetSeconds()));
                    Map<String, Object> po = Timings.summary(Timings.latencies(() -> pg.search(q, snippets), config.pgRounds(),
                            config.budgetSeconds()));
                    k.put("app", app);
                    k.put("lucene", lu);
                    k.put("postgres", po);
                    k.put("total_lucene", lucene.search(q, false).total());
                    k.put("total_postgres", pg.search(q, false).total());
                    k.put("total_app", appTotal(url));
                    k.put("app_vs_lucene_p50", ratio(app, lu, "p50_ms"));
                    k.put("app_vs_lucene_p95", ratio(app, lu, "p95_ms"));
                    k.put("postgres_vs_app_p50", ratio(po, app, "p50_ms"));
                    k.put("postgres_vs_lucene_p50", ratio(po, lu, "p50_ms"));
                    queries.put(kind, k);
                }
            }
            json.put("queries", queries);
            // The mix as a whole: each engine's times summed over every query of the mix (with and without snippets).
            Map<String, Object> whole = new LinkedHashMap<>();
            for (String engine : List.of("app", "lucene", "postgres")) {
                for (String p : List.of("p50_ms", "p95_ms")) {
                    double sum = 0;
                    for (Object k : queries.values()) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> times = (Map<String, Object>) ((Map<String, Object>) k).get(engine);
                        sum += ((Number) times.get(p)).doubleValue();
                    }
                    whole.put(engine + "_" + p, Timings.round(sum));
                }
            }
            whole.put("app_vs_lucene_p50", Timings.round((Double) whole.get("app_p50_ms") / (Double) whole.get("lucene_p50_ms")));
            whole.put("app_vs_lucene_p95", Timings.round((Double) whole.get("app_p95_ms") / (Double) whole.get("lucene_p95_ms")));
            json.put("mix_summed", whole);

            log.say("throughput, 2 and 32 clients, %.0f s each", config.throughputSeconds());
            List<Timings.Work> appWorks = new ArrayList<>();
            List<Timings.Work> luceneWorks = new ArrayList<>();
            for (BenchQuery q : mix) {
                String url = "/api/search?" + q.apiQuery(true);
                appWorks.add(() -> get(url));
                luceneWorks.add(() -> lucene.search(q, true));
            }
            Map<String, Object> throughput = new LinkedHashMap<>();
            throughput.put("app_qps_2", Timings.round(Timings.throughput(appWorks, 2, config.throughputSeconds())));
            throughput.put("lucene_qps_2", Timings.round(Timings.throughput(luceneWorks, 2, config.throughputSeconds())));
            throughput.put("app_qps", Timings.round(Timings.throughput(appWorks, 32, config.throughputSeconds())));
            throughput.put("lucene_qps", Timings.round(Timings.throughput(luceneWorks, 32, config.throughputSeconds())));
            throughput.put("clients", 32);
            throughput.put("app_vs_lucene", Timings.round((Double) throughput.get("app_qps") / (Double) throughput.get("lucene_qps")));
            json.put("throughput", throughput);

            json.put("pages", pages(db, mix, published));
            json.putAll(memory());
            json.put("load_average_at_end", loadAverage());
        }
        write(json);
        return json;
    }

    /** The fixed mix, its words chosen from the corpus itself so that it means the same at every size. */
    private List<BenchQuery> mix(Connection db, BareLucene lucene, long published) throws SQLException {
        String common = null;
        double best = Double.MAX_VALUE;
        for (String w : List.of("government", "soviet", "minister", "embassy", "president", "secretary", "department",
                "military", "political", "foreign", "ambassador", "united", "question", "position", "situation",
                "discussion", "british", "economic", "support", "meeting", "general", "policy", "possible", "agreement")) {
            long hits = lucene.search(BenchQuery.words("probe", w), false).total();
            double distance = Math.abs(hits - 0.40 * published);
            if (distance < best) {
                best = distance;
                common = w;
            }
        }
        List<String> rare = lucene.bodyTermsWithDocFreq((int) Math.max(2, published / 20_000), (int) Math.max(5, published / 2_000), 5_000);
        String rareWord = rare.stream().filter(w -> lucene.analyze(w).equals(List.of(w))).skip(rare.size() / 2).findFirst()
                .orElse(rare.isEmpty() ? "lhasa" : rare.get(0));
        Map<String, Long> senders = lucene.search(new BenchQuery("probe", null, false, Map.of(), null, null), false).facets().get("sender");
        String sender = senders.isEmpty() ? null : senders.keySet().iterator().next();
        String person = null;
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("""
                select person_id from person_mention where person_id is not null group by person_id
                order by count(*) desc, person_id limit 1""")) {
            if (rs.next()) {
                person = rs.getString(1);
            }
        }
        List<BenchQuery> mix = new ArrayList<>();
        mix.add(BenchQuery.words("common_word", common));
        mix.add(BenchQuery.words("rare_word", rareWord));
        mix.add(new BenchQuery("phrase", "foreign minister", true, Map.of(), null, null));
        mix.add(BenchQuery.words("abbreviation", "Sov Govt"));
        Map<String, String> two = new LinkedHashMap<>();
        two.put("type", "TELEGRAM");
        two.put("classification", "SECRET");
        mix.add(new BenchQuery("common_word_facets_dates", common, false, two, 1900, 1960));
        if (person != null) {
            mix.add(BenchQuery.filter("person", "person", person));
        }
        if (sender != null) {
            mix.add(BenchQuery.filter("sender", "sender", sender));
        }
        return mix;
    }

    private static Map<String, Object> describe(List<BenchQuery> mix) {
        Map<String, Object> m = new LinkedHashMap<>();
        mix.forEach(q -> m.put(q.kind(), q.apiQuery(true)));
        return m;
    }

    /** The pages a reader opens, each measured like a query. */
    private Map<String, Object> pages(Connection db, List<BenchQuery> mix, long published) throws Exception {
        Map<String, String> urls = new LinkedHashMap<>();
        BenchQuery common = mix.get(0);
        urls.put("search_html", "/search?" + common.apiQuery(true));
        String documentId = firstHit("/api/search?" + common.apiQuery(false));
        urls.put("document", "/documents/" + documentId);
        String volume = null;
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "select volume_id from document where status = 'PUBLISHED' and volume_id is not null order by id limit 1")) {
            if (rs.next()) {
                volume = rs.getString(1);
            }
        }
        if (volume != null) {
            urls.put("volume", "/volumes/" + volume);
        }
        urls.put("volumes", "/volumes");
        urls.put("home", "/");
        mix.stream().filter(q -> q.kind().equals("person")).findFirst()
                .ifPresent(q -> urls.put("person", "/persons/" + q.filters().get("person")));
        urls.put("documents_page_1", "/documents");
        String deep = deepDocumentsPage(published);
        if (deep != null) {
            urls.put("documents_deep", deep);
        }
        Map<String, Object> pages = new LinkedHashMap<>();
        for (var e : urls.entrySet()) {
            log.say("page %s %s", e.getKey(), e.getValue());
            long pageWarmEnd = System.nanoTime() + (long) (config.warmupSeconds() / 6 * 1e9);
            for (int i = 0; i < 3 || System.nanoTime() < pageWarmEnd; i++) {
                get(e.getValue());
            }
            Map<String, Object> s = Timings.summary(Timings.latencies(() -> get(e.getValue()), config.rounds(), config.budgetSeconds()));
            s.put("url", e.getValue());
            s.put("bytes", get(e.getValue()).length());
            pages.put(e.getKey(), s);
        }
        return pages;
    }

    private static final Pattern LINK = Pattern.compile("<a\\s[^>]*href=\"([^\"]*/documents\\?[^\"]*)\"[^>]*>(.*?)</a>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    /**
     * The address of {@code /documents} page 10,000 (or the last page, in a smaller archive) as the page's own "next"
     * links lead there: by its page number where the links carry one, else by following them.
     */
    private String deepDocumentsPage(long published) throws Exception {
        String page = get("/documents");
        int perPage = Math.max(1, countMatches(page, "href=\"/documents/[A-Za-z0-9][^\"/.?]*\""));
        long target = Math.max(2, Math.min(10_000, published / perPage));
        String next = nextLink(page);
        if (next == null) {
            return null;
        }
        if (next.matches(".*[?&]page=\\d+.*")) {
            return next.replaceFirst("([?&]page=)\\d+", "$1" + target);
        }
        String url = next;
        long at = 2;
        long deadline = System.nanoTime() + (long) (config.budgetSeconds() * 2e9);
        while (at < target && System.nanoTime() < deadline) {
            String following = nextLink(get(url));
            if (following == null) {
                break;
            }
            url = following;
            at++;
        }
        return url;
    }

    private static String nextLink(String html) {
        Matcher m = LINK.matcher(html);
        while (m.find()) {
            String a = m.group(0).toLowerCase(Locale.ROOT);
            String text = m.group(2).replaceAll("<[^>]+>", "").toLowerCase(Locale.ROOT);
            if (a.contains("rel=\"next\"") || text.contains("next") || text.contains("older") || text.contains("→")
                    || text.contains("»")) {
                return m.group(1).replace("&amp;", "&");
            }
        }
        return null;
    }

    private static int countMatches(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (m.find()) {
            seen.add(m.group());
        }
        return seen.size();
    }

    private String firstHit(String url) throws Exception {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(get(url));
        if (!m.find()) {
            throw new IllegalStateException("No hit for " + url);
        }
        return m.group(1);
    }

    private long appTotal(String url) throws Exception {
        Matcher m = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(get(url));
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** GET, the whole body read; anything but 200 fails the run. */
    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(config.base() + path))
                .timeout(Duration.ofMinutes(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + r.statusCode());
        }
        return r.body();
    }

    /** The app's heap after a full collection and its resident memory, in MB. */
    private Map<String, Object> memory() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        long pid = config.appPid() > 0 ? config.appPid() : ProcessHandle.current().pid();
        if (config.appPid() > 0) {
            run("jcmd", String.valueOf(pid), "GC.run");
            String info = run("jcmd", String.valueOf(pid), "GC.heap_info");
            Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
            m.put("heap_after_gc_mb", used.find() ? Timings.round(Long.parseLong(used.group(1)) / 1024.0) : null);
        } else {
            System.gc();
            m.put("heap_after_gc_mb", Timings.round(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0));
        }
        Path status = Path.of("/proc/" + pid + "/status");
        Double rss = null;
        if (Files.exists(status)) {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    rss = Timings.round(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0);
                }
            }
        }
        m.put("rss_mb", rss);
        return m;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    /** The machine's 1-minute load average (other work running beside the benchmark), null where unknown. */
    private static Double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Double ratio(Map<String, Object> a, Map<String, Object> b, String key) {
        double x = (Double) a.get(key);
        double y = (Double) b.get(key);
        return y == 0 ? null : Timings.round(x / y);
    }

    private void write(Map<String, Object> json) throws IOException {
        Files.createDirectories(config.out().toAbsolutePath().getParent());
        Files.writeString(Path.of(config.out() + ".json"), Json.write(json) + "\n");
        Files.writeString(Path.of(config.out() + ".md"), ResultsTable.markdown(json));
    }

    /** Progress on standard error, with the time since the start. */
    private static final class PrintLog {
        private final long started = System.nanoTime();

        void say(String format, Object... args) {
            System.err.printf(Locale.ROOT, "[%6.1f s] %s%n", (System.nanoTime() - started) / 1e9, String.format(Locale.ROOT, format, args));
        }
    }
}
