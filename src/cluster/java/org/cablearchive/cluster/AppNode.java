package org.cablearchive.cluster;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.cablearchive.CableArchiveApplication;
import org.cablearchive.testing.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One Cable Archive node of the cluster tests: the whole application on a port of its own (18290 and up), on the
 * test run's PostgreSQL (shared by every node) and, unless told otherwise, the OpenSearch cluster; and a small HTTP
 * client for it, as a browser or a script would use it.
 */
final class AppNode implements AutoCloseable {

    static final String ADMIN = "admin";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    final int port;
    private final String[] arguments;
    private volatile ConfigurableApplicationContext context;

    private AppNode(int port, String... arguments) {
        this.port = port;
        this.arguments = arguments;
    }

    /** A node on the search backend of the run (the cluster's), its index checked but not rebuilt at start. */
    static AppNode start(int port, String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--logging.level.org.cablearchive=INFO"));
        args.addAll(List.of(more));
        AppNode node = new AppNode(port, args.toArray(String[]::new));
        node.start();
        return node;
    }

    synchronized void start() {
        TestDatabase.start();
        long started = System.nanoTime();
        context = new SpringApplicationBuilder(CableArchiveApplication.class).run(arguments);
        System.out.printf("App node on port %d up in %.1f s%n", port, (System.nanoTime() - started) / 1e9);
    }

    /** Stops the node (a graceful shutdown, as a load balancer's drain then stop would do). */
    synchronized void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    boolean running() {
        return context != null;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        stop();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** GET as the public. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** GET as the administrator (HTTP Basic, as scripts sign in). */
    HttpResponse<String> getAsAdmin(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", basicAdmin()).GET());
    }

    /** A plain-text telegram saved as a draft by the administrator: 201 with the document. */
    HttpResponse<String> saveTelegram(String text) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri("/api/documents")).header("Authorization", basicAdmin())
                .header("Content-Type", "text/plain; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(text)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static boolean refused(IOException e) {
        return e instanceof ConnectException || e.getCause() instanceof ConnectException;
    }

    static String basicAdmin() {
        return "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + TestDatabase.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A telegram the plain-text reader takes, carrying a word found nowhere else. */
    static String telegram(String word, int number) {
        return "611.61/10–" + (1500 + number % 30) + ": Telegram\n\n"
                + "The Ambassador in the Soviet Union (Kirk) to the Secretary of State\n\nsecret\npriority\n\n"
                + number + ". Re Deptel 123. The " + word + " question was raised today with the Foreign Minister,"
                + " who said the Soviet Govt would reply in due course.\n\nKirk\n";
    }
}
