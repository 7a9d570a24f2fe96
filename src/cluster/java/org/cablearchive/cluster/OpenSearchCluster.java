package org.cablearchive.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Three OpenSearch nodes on loopback, each a JVM of its own (-Xmx512m), all cluster-manager-eligible so that one
 * can be lost and the other two still elect a manager: started once for a test run, stopped and started again
 * node by node by the fault tests. HTTP ports 19200–19202, transport ports 19300–19302 (or from
 * {@code -Dcluster.opensearch.port}, for a second run beside the first).
 */
public final class OpenSearchCluster {

    public static final int NODES = 3;
    /** The first node's ports ({@code -Dcluster.opensearch.port}, 19200 by default; transport ports 100 higher). */
    private static final int HTTP_PORT = Integer.getInteger("cluster.opensearch.port", 19200);
    private static final int TRANSPORT_PORT = HTTP_PORT + 100;

    private final Path home;
    private final Process[] nodes = new Process[NODES];
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public OpenSearchCluster(Path home) {
        this.home = home;
    }

    /** host:port of every node, as {@code archive.search.hosts} takes them. */
    public String hosts() {
        return IntStream.range(0, NODES).mapToObj(i -> "127.0.0.1:" + (HTTP_PORT + i)).collect(Collectors.joining(","));
    }

    public static String name(int node) {
        return "os-" + node;
    }

    /** Starts every node and waits until the cluster has elected a manager and holds all three. */
    public void start() {
        for (int i = 0; i < NODES; i++) {
            startNode(i);
        }
        // Three JVMs starting at once on a busy 2-core machine take minutes, not seconds.
        awaitHealth("green", NODES, Duration.ofMinutes(10));
    }

    /** Starts one node (again, on its own data folder). */
    public synchronized void startNode(int i) {
        try {
            Path nodeHome = home.resolve(name(i));
            Files.createDirectories(nodeHome.resolve("config"));
            Path log4j = nodeHome.resolve("config/log4j2.properties");
            Files.writeString(log4j, """
                    status = error
                    appender.console.type = Console
                    appender.console.name = console
                    appender.console.layout.type = PatternLayout
                    appender.console.layout.pattern = [%d{ISO8601}][%-5p][%c{1.}] [%node_name]%marker %m%n
                    rootLogger.level = warn
                    rootLogger.appenderRef.console.ref = console
                    """.replace("[%node_name]", "[" + name(i) + "]"));
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xms256m", "-Xmx512m", "-XX:+UseSerialGC",
                    "-Dopensearch.set.netty.runtime.available.processors=false",
                    "-Dlog4j2.configurationFile=" + log4j, "-Dlog4j2.disable.jmx=true",
                    "-cp", classPath(), OpenSearchNode.class.getName(),
                    name(i), String.valueOf(HTTP_PORT + i), String.valueOf(TRANSPORT_PORT + i), nodeHome.toString(),
                    IntStream.range(0, NODES).mapToObj(n -> String.valueOf(TRANSPORT_PORT + n)).collect(Collectors.joining(",")),
                    IntStream.range(0, NODES).mapToObj(OpenSearchCluster::name).collect(Collectors.joining(","))));
            nodes[i] = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(nodeHome.resolve("node.log").toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start OpenSearch node " + name(i), e);
        }
    }

    /** Stops one node as an operator would (SIGTERM: the node closes cleanly) and waits until its JVM is gone. */
    public synchronized void stopNode(int i) {
        Process p = nodes[i];
        if (p == null) {
            return;
        }
        p.destroy();
        try {
            if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        nodes[i] = null;
    }

    public void stop() {
        for (int i = 0; i < NODES; i++) {
            stopNode(i);
        }
    }

    /** The cluster's health as a node that is up reports it: {@code green}, {@code yellow}, {@code red}, or null. */
    public String health() {
        for (int i = 0; i < NODES; i++) {
            if (nodes[i] == null) {
                continue;
            }
            String body = get(i, "/_cluster/health");
            if (body != null) {
                return field(body, "status") + " " + field(body, "number_of_nodes");
            }
        }
        return null;
    }

    /** Waits until the cluster reports at least this status with this many nodes; fails after the timeout. */
    public void awaitHealth(String status, int nodeCount, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = null;
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < NODES; i++) {
                if (nodes[i] == null) {
                    continue;
                }
                String body = get(i, "/_cluster/health?wait_for_status=" + status + "&wait_for_nodes=" + nodeCount
                        + "&timeout=5s");
                if (body != null) {
                    last = body;
                    if (body.contains("\"timed_out\":false")) {
                        return;
                    }
                }
            }
            sleep(1000);
        }
        throw new IllegalStateException("The OpenSearch cluster did not reach " + status + " with " + nodeCount
                + " nodes in " + timeout + "; last answer: " + last + " (logs under " + home + ")");
    }

    /** A GET on one node, or null when it does not answer. */
    public String get(int node, String path) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + (HTTP_PORT + node) + path))
                    .timeout(Duration.ofSeconds(15)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() < 500 ? r.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** A POST of JSON on the first node that answers. */
    public String post(String path, String json) {
        for (int i = 0; i < NODES; i++) {
            if (nodes[i] == null) {
                continue;
            }
            try {
                return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + (HTTP_PORT + i) + path))
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(15))
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString()).body();
            } catch (IOException e) {
                // the next node
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    static String field(String json, String name) {
        var m = java.util.regex.Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]*)").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The test run's class path for the nodes' JVMs, but for the bridge that sends Log4j to SLF4J (the nodes log with
     * Log4j itself). Surefire may hand the class path over in a manifest.
     */
    static String classPath() throws IOException {
        String cp = System.getProperty("surefire.test.class.path");
        if (cp == null || cp.isBlank()) {
            cp = System.getProperty("java.class.path");
            String[] parts = cp.split(java.io.File.pathSeparator);
            if (parts.length == 1 && parts[0].endsWith(".jar")) {
                try (JarFile jar = new JarFile(parts[0])) {
                    Manifest m = jar.getManifest();
                    String inManifest = m == null ? null : m.getMainAttributes().getValue("Class-Path");
                    if (inManifest != null) {
                        List<String> entries = new ArrayList<>();
                        for (String url : inManifest.trim().split("\\s+")) {
                            entries.add(Path.of(URI.create(url.startsWith("file:") ? url : "file:" + url)).toString());
                        }
                        cp = String.join(java.io.File.pathSeparator, entries);
                    }
                }
            }
        }
        return java.util.Arrays.stream(cp.split(java.io.File.pathSeparator))
                .filter(e -> !e.contains("log4j-to-slf4j"))
                .collect(Collectors.joining(java.io.File.pathSeparator));
    }
}
