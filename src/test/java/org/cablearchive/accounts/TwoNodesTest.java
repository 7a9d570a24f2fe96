package org.cablearchive.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
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
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.cablearchive.CableArchiveApplication;
import org.cablearchive.ingest.volumes.ImportJobs;
import org.cablearchive.ingest.volumes.VolumeImporter;
import org.cablearchive.storage.OneNodeAtATime;
import org.cablearchive.testing.ArchiveTest;
import org.cablearchive.testing.TestDatabase;
import org.cablearchive.testing.TestVolumes;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Two app nodes on one PostgreSQL behave as one archive: node A is this test's application, node B a second one
 * started beside it on the same database, each on a port of its own, spoken to over real HTTP. A session signed in on
 * one is valid on the other, and ends on both; sign-in throttling counts across them; an import queued on one is run
 * once, by one of them, and seen from both; scheduled work runs on one node at a time. Node A is a context of its own
 * (a node name, and client addresses taken from the forwarded header, as behind the proxy that spreads requests over
 * the nodes), closed after this class.
 */
@ArchiveTest
@TestPropertySource(properties = {"server.forward-headers-strategy=native", "archive.node-id=node-a"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TwoNodesTest {

    private static final String PASSWORD = "a long enough password";

    private static ConfigurableApplicationContext nodeB;

    @LocalServerPort
    int portA;

    @Autowired
    UserAdministration users;

    @Autowired
    OneNodeAtATime oneNodeA;

    @Autowired
    ImportJobs jobsA;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startNodeB() {
        TestDatabase.start();
        // As arguments: they then come before application.properties (default properties would come after it).
        nodeB = new SpringApplicationBuilder(CableArchiveApplication.class)
                .run("--server.port=0", "--server.forward-headers-strategy=native", "--archive.node-id=node-b",
                        "--spring.main.banner-mode=off");
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    private int portB() {
        return nodeB.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    /** A browser, or a script, speaking to one node. */
    private final class Node {
        final int port;

        Node(int port) {
            this.port = port;
        }

        HttpResponse<String> send(String method, String path, Map<String, String> headers, String form) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "text/html");
            headers.forEach(request::header);
            if (form != null) {
                request.header("Content-Type", "application/x-www-form-urlencoded");
            }
            request.method(method, form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form));
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> get(String path, String cookie) throws Exception {
            return send("GET", path, cookie == null ? Map.of() : Map.of("Cookie", cookie), null);
        }

        /** Signs in through the form; returns the session cookie. */
        String signIn(String username, String password) throws Exception {
            HttpResponse<String> login = get("/login", null);
            String anonymous = sessionCookie(login).orElseThrow();
            HttpResponse<String> signedIn = send("POST", "/login", Map.of("Cookie", anonymous), "username="
                    + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrfToken(login)));
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
            return sessionCookie(signedIn).orElseThrow();
        }

        /** Posts a form of a page (its CSRF token taken from the page, as a browser does). */
        HttpResponse<String> post(String page, String action, String cookie) throws Exception {
            String token = csrfToken(get(page, cookie));
            return send("POST", action, Map.of("Cookie", cookie), "_csrf=" + encode(token));
        }

        int basic(String username, String password, String address) throws Exception {
            String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            return send("GET", "/api/search?q=telegram", Map.of("Authorization", "Basic " + credentials,
                    "X-Forwarded-For", address, "Accept", "application/json"), null).statusCode();
        }
    }

    private static java.util.Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst();
    }

    private static String csrfToken(HttpResponse<String> page) {
        return Jsoup.parse(page.body()).select("input[name=_csrf]").first().val();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String account() {
        String username = "twonodes-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewAccount(username, PASSWORD, List.of("ARCHIVIST")), "admin");
        return username;
    }

    @Test
    void aSessionSignedInOnOneNodeIsValidOnTheOtherAndSigningOutEndsItOnBoth() throws Exception {
        Node a = new Node(portA);
        Node b = new Node(portB());
        HttpResponse<String> login = a.get("/login", null);
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));

        String session = a.signIn("admin", TestDatabase.ADMIN_PASSWORD);
        assertThat(b.get("/admin/users", session).statusCode()).isEqualTo(200);
        assertThat(a.get("/admin/users", session).statusCode()).isEqualTo(200);

        HttpResponse<String> signedOut = b.post("/admin/users", "/logout", session);
        assertThat(signedOut.headers().firstValue("Location").orElseThrow()).endsWith("/?signedout");
        HttpResponse<String> after = a.get("/admin/users", session);
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void disablingAnAccountOnOneNodeEndsItsSessionsOnEveryNode() throws Exception {
        Node a = new Node(portA);
        Node b = new Node(portB());
        String username = account();
        String onA = a.signIn(username, PASSWORD);
        String onB = b.signIn(username, PASSWORD);
        assertThat(a.get("/imports", onA).statusCode()).isEqualTo(200);
        assertThat(a.get("/imports", onB).statusCode()).isEqualTo(200);

        String admin = b.signIn("admin", TestDatabase.ADMIN_PASSWORD);
        HttpResponse<String> disabled = b.post("/admin/users/" + username, "/admin/users/" + username + "/disable", admin);
        assertThat(disabled.statusCode()).isEqualTo(302);

        // Each session ends at its next request, on either node (the one signed in on A is next seen by B, and the
        // other way round); after that it signs no one in anywhere.
        for (Node node : List.of(b, a)) {
            String session = node == b ? onA : onB;
            HttpResponse<String> page = node.get("/imports", session);
            assertThat(page.statusCode()).isEqualTo(302);
            assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
        }
        for (Node node : List.of(a, b)) {
            for (String session : List.of(onA, onB)) {
                HttpResponse<String> page = node.get("/imports", session);
                assertThat(page.statusCode()).isEqualTo(302);
                assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
            }
        }
        assertThat(a.get("/admin/users", admin).statusCode()).as("the administrator's own session goes on").isEqualTo(200);
    }

    @Test
    void failedSignInsCountAcrossNodes() throws Exception {
        Node a = new Node(portA);
        Node b = new Node(portB());
        String username = account();
        String address = "198.51.100." + (1 + new java.util.Random().nextInt(250));
        for (int i = 0; i < SignInThrottle.PER_ACCOUNT; i++) {
            Node node = i % 2 == 0 ? a : b;
            assertThat(node.basic(username, "wrong password " + i, address)).isEqualTo(401);
        }
        // Three failures on A and two on B: that address now waits on both nodes, even with the right password.
        var jdbc = nodeB.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
        List<String> failures = jdbc.sql("select address from sign_in_failure where username = ?").param(username)
                .query(String.class).list();
        assertThat(failures).hasSize(SignInThrottle.PER_ACCOUNT).containsOnly(address);
        assertThat(a.basic(username, PASSWORD, address)).isEqualTo(401);
        assertThat(b.basic(username, PASSWORD, address)).isEqualTo(401);
        // The owner, from another address, goes in through either.
        assertThat(b.basic(username, PASSWORD, "203.0.113.77")).isEqualTo(200);
        assertThat(a.basic(username, PASSWORD, "203.0.113.78")).isEqualTo(200);
    }

    @Test
    void readingOpensNoSessionOnEitherNode() throws Exception {
        for (Node node : List.of(new Node(portA), new Node(portB()))) {
            for (String path : List.of("/", "/search?q=telegram", "/documents", "/volumes", "/glossary")) {
                HttpResponse<String> page = node.get(path, null);
                assertThat(page.statusCode()).as(path).isEqualTo(200);
                assertThat(sessionCookie(page)).as(path).isEmpty();
            }
        }
    }

    @Test
    void importsQueuedOnOneNodeAreEachRunOnceAndSeenFromBoth() throws Exception {
        Node b = new Node(portB());
        List<UUID> queued = new ArrayList<>();
        List<String> volumes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String volume = "twonodes" + UUID.randomUUID().toString().substring(0, 6);
            byte[] tei = TestVolumes.smallTei(volume, 3);
            volumes.add(volume);
            queued.add(jobsA.submit(List.of(new ImportJobs.Upload() {
                @Override
                public String name() {
                    return volume + ".xml";
                }

                @Override
                public InputStream open() {
                    return new ByteArrayInputStream(tei);
                }
            }), new VolumeImporter.Options(false, true), "admin"));
        }
        String credentials = "Basic " + Base64.getEncoder().encodeToString(("admin:" + TestDatabase.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        for (UUID id : queued) {
            String body = null;
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < until) {
                body = b.send("GET", "/api/imports/" + id, Map.of("Authorization", credentials, "Accept", "application/json"),
                        null).body();
                if (body.contains("\"SUCCEEDED\"") || body.contains("\"FAILED\"")) {
                    break;
                }
                Thread.sleep(100);
            }
            assertThat(body).contains("\"status\":\"SUCCEEDED\"").contains("\"documents\":3");
            assertThat(body).containsAnyOf("\"node\":\"node-a\"", "\"node\":\"node-b\"");
        }
        var jdbc = nodeB.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
        assertThat(jdbc.sql("select count(*) from import_job where id = any(?) and attempts = 1")
                .param(queued.toArray(UUID[]::new)).query(Integer.class).single()).as("each run once").isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from document where volume_id = any(?)").param(volumes.toArray(String[]::new))
                .query(Integer.class).single()).isEqualTo(12);
    }

    @Test
    void scheduledWorkRunsOnOneNodeAtATime() throws Exception {
        OneNodeAtATime oneNodeB = nodeB.getBean(OneNodeAtATime.class);
        String task = "a-test-task-" + UUID.randomUUID();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Boolean> onA = CompletableFuture.supplyAsync(() -> oneNodeA.run(task, () -> {
            running.countDown();
            try {
                finish.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
        Set<String> ran = java.util.concurrent.ConcurrentHashMap.newKeySet();
        assertThat(oneNodeB.run(task, () -> ran.add("b"))).as("B skips the run while A holds it").isFalse();
        assertThat(oneNodeB.run(task + "-other", () -> ran.add("other"))).as("another task is free").isTrue();
        finish.countDown();
        assertThat(onA.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(oneNodeB.run(task, () -> ran.add("b"))).as("once A is done, B may").isTrue();
        assertThat(ran).containsExactlyInAnyOrder("b", "other");
    }
}
