package org.cablearchive.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.cablearchive.search.SearchIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Faults on the cluster, under load: readers and writers on both app nodes (a request a node refuses goes to the
 * other, as a load balancer sends it), while one OpenSearch node is stopped, then one app node; both come back.
 * Searches and writes go on; every save acknowledged (201) is in the database and found by search afterwards; the
 * cluster is green again. It prints what it tried and what each phase saw. {@code -Dcluster.faults.seconds}: the
 * length of the load (60 by default).
 */
class ClusterFaultsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int SECONDS = Integer.getInteger("cluster.faults.seconds", 60);
    private static final int STOPPED_SEARCH_NODE = 1;

    @BeforeAll
    static void nodes() {
        ClusterNodes.assumeCluster();
        ClusterNodes.a();
        ClusterNodes.b();
    }

    private static final int READERS = 2;
    private static final int WRITERS = 2;

    /** What the load saw in one phase. */
    static final class Phase {
        final String name;
        final AtomicLong reads = new AtomicLong();
        final AtomicLong readsFailed = new AtomicLong();
        final AtomicLong writes = new AtomicLong();
        final AtomicLong writesFailed = new AtomicLong();
        /** Writes whose connection closed before any answer as their node stopped: not acknowledged, so not owed. */
        final AtomicLong writesUnanswered = new AtomicLong();
        final AtomicLong failedOver = new AtomicLong();
        final AtomicLong readNanos = new AtomicLong();
        final List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());

        Phase(String name) {
            this.name = name;
        }
    }

    record Saved(String id, String word) { }

    @Test
    void searchesAndWritesGoOnThroughTheLossOfASearchNodeAndAnAppNode() throws Exception {
        OpenSearchCluster cluster = ClusterTestRun.cluster();
        AppNode a = ClusterNodes.a();
        AppNode b = ClusterNodes.b();
        AppNode[] nodes = {a, b};
        AtomicReference<Phase> phase = new AtomicReference<>(new Phase("a. all nodes up"));
        List<Phase> phases = java.util.Collections.synchronizedList(new ArrayList<>(List.of(phase.get())));
        Map<String, Saved> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(READERS + WRITERS);
        String[] queries = {"Soviet", "\"Secretary of State\"", "Embtel", "telegram", "Kirk"};
        for (int t = 0; t < READERS + WRITERS; t++) {
            boolean writer = t >= READERS;
            int first = t % 2;
            load.submit(() -> {
                Random random = new Random();
                for (int n = 0; running.get(); n++) {
                    Phase p = phase.get();
                    AppNode preferred = nodes[(first + n) % 2];
                    AppNode other = preferred == a ? b : a;
                    try {
                        if (writer) {
                            String word = TwoAppNodesTest.word(random);
                            int number = 600 + n;
                            HttpResponse<String> r = failOver(p, preferred, other, false,
                                    node -> node.saveTelegram(AppNode.telegram(word, number)));
                            if (r != null && r.statusCode() == 201) {
                                String id = TwoAppNodesTest.id(r);
                                acknowledged.put(id, new Saved(id, word));
                                p.writes.incrementAndGet();
                            } else {
                                p.writesFailed.incrementAndGet();
                                p.errors.add("write: " + (r == null ? "no node answered" : r.statusCode() + " " + r.body()));
                            }
                        } else {
                            long started = System.nanoTime();
                            String q = AppNode.encode(queries[random.nextInt(queries.length)]);
                            HttpResponse<String> r = failOver(p, preferred, other, true, node -> node.get("/api/search?q=" + q));
                            if (r != null && r.statusCode() == 200) {
                                p.reads.incrementAndGet();
                                p.readNanos.addAndGet(System.nanoTime() - started);
                            } else {
                                p.readsFailed.incrementAndGet();
                                p.errors.add("search: " + (r == null ? "no node answered" : r.statusCode() + " " + r.body()));
                            }
                        }
                    } catch (Unanswered e) {
                        p.writesUnanswered.incrementAndGet();
                        p.errors.add("write not acknowledged (its node stopped before answering; a client asks again): " + e.getMessage());
                    } catch (Exception e) {
                        (writer ? p.writesFailed : p.readsFailed).incrementAndGet();
                        p.errors.add(e.toString());
                    }
                }
                return null;
            });
        }

        long step = SECONDS * 1000L / 6;
        Thread.sleep(step);
        next(phase, phases, "b. OpenSearch node " + OpenSearchCluster.name(STOPPED_SEARCH_NODE) + " stopped");
        cluster.stopNode(STOPPED_SEARCH_NODE);
        cluster.awaitHealth("yellow", OpenSearchCluster.NODES - 1, Duration.ofMinutes(1));
        System.out.println("cluster health (status, nodes) with a node stopped: " + cluster.health());
        Thread.sleep(step);
        next(phase, phases, "c. and app node B stopped");
        b.stop();
        Thread.sleep(step);
        next(phase, phases, "d. OpenSearch node back (app node B still down)");
        cluster.startNode(STOPPED_SEARCH_NODE);
        Thread.sleep(step);
        next(phase, phases, "e. app node B starting again");
        Thread restartB = new Thread(b::start);
        restartB.start();
        Thread.sleep(2 * step);
        restartB.join(Duration.ofMinutes(3).toMillis());
        next(phase, phases, "f. all nodes up again");
        Thread.sleep(step);
        running.set(false);
        load.shutdown();
        assertThat(load.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

        long greenStarted = System.nanoTime();
        cluster.awaitHealth("green", OpenSearchCluster.NODES, Duration.ofMinutes(3));
        System.out.printf("cluster health (status, nodes) %.1f s after the load ended: %s%n",
                (System.nanoTime() - greenStarted) / 1e9, cluster.health());

        System.out.printf("%-52s %7s %7s %7s %7s %10s %9s %10s%n", "phase", "reads", "failed", "writes", "failed", "unanswered",
                "rerouted", "read ms");
        for (Phase p : phases) {
            System.out.printf("%-52s %7d %7d %7d %7d %10d %9d %10.0f%n", p.name, p.reads.get(), p.readsFailed.get(),
                    p.writes.get(), p.writesFailed.get(), p.writesUnanswered.get(), p.failedOver.get(),
                    p.reads.get() == 0 ? 0 : p.readNanos.get() / 1e6 / p.reads.get());
            p.errors.stream().limit(5).forEach(e -> System.out.println("    " + e));
        }

        // Nothing acknowledged is lost: in the database, and found by search through either node.
        JdbcClient jdbc = a.bean(JdbcClient.class);
        long missingRows = acknowledged.keySet().stream()
                .filter(id -> jdbc.sql("select count(*) from document where id = ?").param(id).query(Long.class).single() == 0)
                .count();
        List<String> notFound = new ArrayList<>();
        for (Saved s : acknowledged.values()) {
            AppNode node = notFound.size() % 2 == 0 ? a : b;
            JsonNode found = TwoAppNodesTest.answer(node, "/api/search?q=" + s.word());
            if (found.get("total").asLong() != 1 || !found.get("hits").get(0).get("id").asString().equals(s.id())) {
                notFound.add(s.id());
            }
        }
        long inDatabase = a.bean(SearchIndex.class).databaseCount();
        long inIndex = a.bean(SearchIndex.class).indexedCount();
        System.out.printf("acknowledged saves %d: missing from the database %d, not found by search %d; documents in the"
                + " database %d, in the index %d%n", acknowledged.size(), missingRows, notFound.size(), inDatabase, inIndex);

        assertThat(missingRows).isZero();
        assertThat(notFound).isEmpty();
        assertThat(inIndex).isEqualTo(inDatabase);
        for (Phase p : phases) {
            assertThat(p.reads.get()).as(p.name + ": searches went on").isPositive();
            assertThat(p.writes.get()).as(p.name + ": writes went on").isPositive();
            assertThat(p.readsFailed.get() + p.writesFailed.get()).as(p.name + ": " + p.errors).isZero();
            // Each writer may have had one save in flight on the node as it stopped, and no more.
            assertThat(p.writesUnanswered.get()).as(p.name + ": " + p.errors).isLessThanOrEqualTo(WRITERS);
        }
    }

    private static void next(AtomicReference<Phase> phase, List<Phase> phases, String name) {
        Phase p = new Phase(name);
        phases.add(p);
        phase.set(p);
        System.out.println("fault run: " + name);
    }

    @FunctionalInterface
    interface Call {
        HttpResponse<String> on(AppNode node) throws IOException, InterruptedException;
    }

    /**
     * The request on the preferred node; when that node is down (refused, or 503 while it stops), on the other, as a
     * load balancer does. A read ({@code idempotent}) whose connection was closed before any byte of an answer came
     * back is asked of the other node too: a stopping node closes its idle keep-alive connections, and a request sent
     * on one at that moment is never read (load balancers retry such idempotent requests; a write is not retried).
     */
    private static HttpResponse<String> failOver(Phase p, AppNode preferred, AppNode other, boolean idempotent, Call call)
            throws IOException, InterruptedException {
        try {
            HttpResponse<String> r = call.on(preferred);
            if (r.statusCode() != 503) {
                return r;
            }
        } catch (IOException e) {
            boolean closedUnanswered = idempotent && isClosedUnanswered(e);
            if (!idempotent && isClosedUnanswered(e)) {
                throw new Unanswered(e.getMessage());
            }
            if (!AppNode.refused(e) && !(e instanceof java.net.http.HttpTimeoutException) && !closedUnanswered) {
                throw e;
            }
        }
        p.failedOver.incrementAndGet();
        return call.on(other);
    }

    private static boolean isClosedUnanswered(IOException e) {
        return e.getMessage() != null && (e.getMessage().contains("received no bytes") || e.getMessage().contains("Connection reset"));
    }

    /**
     * A write whose connection closed before any byte of an answer came back: the client cannot know whether it was
     * saved, nothing was acknowledged, and a load balancer does not retry it (it is not idempotent).
     */
    static final class Unanswered extends IOException {
        Unanswered(String message) {
            super(message);
        }
    }
}
