package org.cablearchive.cluster;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.cablearchive.ingest.volumes.VolumeImporter;
import org.cablearchive.search.SearchIndex;
import org.cablearchive.testing.Frus;
import org.junit.jupiter.api.Test;

/**
 * The search's latency and throughput on the OpenSearch cluster with one and with two app nodes, beside one node
 * on the embedded Lucene index, all on the same data (the shared FRUS volumes, COPIES times each): run by
 * {@code bench/cluster.sh}, never by {@code verify} (its name does not end in Test). Prints a table.
 */
class ClusterSearchBench {

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 30);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 10);
    private static final int COPIES = Integer.getInteger("bench.copies", 1);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 4);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);

    private static final Map<String, String> MIX = new LinkedHashMap<>();

    static {
        MIX.put("common-word", "q=Soviet");
        MIX.put("rare-word", "q=Lhasa");
        MIX.put("phrase", "q=%22Secretary+of+State%22");
        MIX.put("two-facets", "q=government&type=TELEGRAM&classification=SECRET");
        MIX.put("date-range", "q=Embassy&from=1951-01&to=1951-06");
    }

    @Test
    void searchOnOneAndTwoAppNodesBesideEmbeddedLucene() throws Exception {
        ClusterNodes.assumeCluster();
        AppNode a = ClusterNodes.a();
        for (String volume : Frus.VOLUMES) {
            for (int c = 1; c <= COPIES; c++) {
                String id = "bench-" + volume + "-" + c;
                if (TwoAppNodesTest.answer(a, "/api/search?volume=" + id).get("total").asLong() == 0) {
                    Frus.importCopy(a.bean(VolumeImporter.class), volume, id, false);
                }
            }
        }
        a.bean(SearchIndex.class).awaitVolumes(Duration.ofMinutes(30));
        AppNode b = ClusterNodes.b();
        long documents = TwoAppNodesTest.answer(a, "/api/search").get("total").asLong();
        try (AppNode lucene = AppNode.start(ClusterNodes.PORT_LUCENE, "--archive.search.backend=lucene")) {
            lucene.bean(SearchIndex.class).rebuildNow();
            List<String> rows = new ArrayList<>();
            rows.add(row("embedded Lucene, 1 app node", List.of(lucene)));
            rows.add(row("OpenSearch (3 nodes), 1 app node", List.of(a)));
            rows.add(row("OpenSearch (3 nodes), 2 app nodes", List.of(a, b)));
            System.out.printf("%nSearch over %d public documents (%d rounds of %d queries after %d warm-up rounds, one"
                    + " client; then %d clients for %d s)%n", documents, ROUNDS, MIX.size(), WARMUP, CLIENTS, SECONDS);
            System.out.printf("%-36s %9s %9s %9s %12s%n", "setup", "p50 ms", "p95 ms", "mean ms", "queries/s");
            rows.forEach(System.out::println);
        }
    }

    /** One client asking the mix in turn (round-robin over the nodes), then several clients at once for a while. */
    private static String row(String setup, List<AppNode> nodes) throws Exception {
        List<String> queries = new ArrayList<>(MIX.values());
        for (int i = 0; i < WARMUP * queries.size(); i++) {
            ask(nodes.get(i % nodes.size()), queries.get(i % queries.size()));
        }
        double[] ms = new double[ROUNDS * queries.size()];
        for (int i = 0; i < ms.length; i++) {
            long started = System.nanoTime();
            ask(nodes.get(i % nodes.size()), queries.get(i % queries.size()));
            ms[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(ms);
        AtomicLong done = new AtomicLong();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.submit(() -> {
                for (int i = client; System.nanoTime() < end; i++) {
                    ask(nodes.get(i % nodes.size()), queries.get(i % queries.size()));
                    done.incrementAndGet();
                }
                return null;
            });
        }
        clients.shutdown();
        clients.awaitTermination(SECONDS + 120, TimeUnit.SECONDS);
        return String.format("%-36s %9.1f %9.1f %9.1f %12.1f", setup, ms[ms.length / 2], ms[(int) (ms.length * 0.95)],
                Arrays.stream(ms).average().orElse(0), done.get() / (double) SECONDS);
    }

    private static void ask(AppNode node, String query) throws Exception {
        HttpResponse<String> r = node.get("/api/search?" + query);
        if (r.statusCode() != 200) {
            throw new IllegalStateException(query + " on port " + node.port + ": " + r.statusCode() + " " + r.body());
        }
    }
}
