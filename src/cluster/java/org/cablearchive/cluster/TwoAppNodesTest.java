package org.cablearchive.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablearchive.testing.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.ClassUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two app nodes behind an imaginary load balancer, one PostgreSQL, the index on the OpenSearch cluster: what one
 * node saves, the other finds; an editor's session started on one is good on the other.
 */
class TwoAppNodesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    @BeforeAll
    static void nodes() {
        ClusterNodes.assumeCluster();
        ClusterNodes.a();
        ClusterNodes.b();
    }

    static String word(Random random) {
        StringBuilder s = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }

    /** A search's answer as the staff get it (200, with a total). */
    static JsonNode answer(AppNode node, String path) throws Exception {
        HttpResponse<String> r = node.getAsAdmin(path);
        assertThat(r.statusCode()).as(path + " through port " + node.port + ": " + r.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(r.body());
        assertThat(answer.has("total")).isTrue();
        return answer;
    }

    static String id(HttpResponse<String> saved) {
        Matcher m = ID.matcher(saved.body());
        assertThat(m.find()).as(saved.body()).isTrue();
        return m.group(1);
    }

    @Test
    void aDocumentSavedThroughOneNodeIsFoundBySearchThroughTheOther() throws Exception {
        AppNode a = ClusterNodes.a();
        AppNode b = ClusterNodes.b();
        String word = word(new Random());
        HttpResponse<String> saved = a.saveTelegram(AppNode.telegram(word, 639));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        String id = id(saved);

        // The save returned: the document is searchable at once, through either node (staff see drafts).
        for (AppNode node : List.of(b, a)) {
            JsonNode found = answer(node, "/api/search?q=" + word);
            assertThat(found.get("total").asLong()).as("through port " + node.port).isEqualTo(1);
            assertThat(found.get("hits").get(0).get("id").asString()).isEqualTo(id);
        }
        // The public does not see a draft, on either node.
        HttpResponse<String> asPublic = b.get("/api/search?q=" + word);
        assertThat(asPublic.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(asPublic.body()).get("total").asLong()).isZero();
        // Its page, read through the other node.
        assertThat(b.getAsAdmin("/api/documents/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void bothNodesGiveTheSameAnswerToTheSameSearch() throws Exception {
        AppNode a = ClusterNodes.a();
        AppNode b = ClusterNodes.b();
        for (String q : List.of("", "Soviet", "\"Secretary of State\"", "Embtel", "-Soviet")) {
            String path = "/api/search?q=" + AppNode.encode(q);
            JsonNode fromA = answer(a, path);
            JsonNode fromB = answer(b, path);
            assertThat(fromB.get("total")).as(q).isEqualTo(fromA.get("total"));
            assertThat(fromB.get("facets")).as(q).isEqualTo(fromA.get("facets"));
            assertThat(fromB.get("timeline")).as(q).isEqualTo(fromA.get("timeline"));
        }
    }

    /**
     * Needs the sessions in PostgreSQL (Spring Session JDBC, issue 16's shared state, built beside this work): with
     * sessions kept in each node's memory, the other node does not know the cookie, and the test is skipped.
     */
    @Test
    void aSessionSignedInOnOneNodeWorksOnTheOther() throws Exception {
        Assumptions.assumeTrue(ClassUtils.isPresent("org.springframework.session.jdbc.JdbcIndexedSessionRepository", null),
                "sessions are not shared between nodes yet (Spring Session JDBC is not on the class path)");
        AppNode a = ClusterNodes.a();
        AppNode b = ClusterNodes.b();
        HttpResponse<String> login = a.get("/login");
        String cookie = cookie(login);
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login.body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> signedIn = a.send(HttpRequest.newBuilder(a.uri("/login"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + AppNode.ADMIN + "&password="
                        + AppNode.encode(TestDatabase.ADMIN_PASSWORD) + "&_csrf=" + AppNode.encode(csrf.group(1)))));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String session = signedIn.headers().firstValue("Set-Cookie").map(c -> c.split(";", 2)[0]).orElse(cookie);

        HttpResponse<String> desk = b.send(HttpRequest.newBuilder(b.uri("/desk")).header("Cookie", session).GET());
        assertThat(desk.statusCode()).as("the desk through the other node, with the session of the first").isEqualTo(200);
    }

    private static String cookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .filter(c -> c.toUpperCase(Locale.ROOT).startsWith("JSESSIONID") || c.toUpperCase(Locale.ROOT).startsWith("SESSION"))
                .findFirst().orElse("");
    }
}
