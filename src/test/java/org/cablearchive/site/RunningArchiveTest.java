package org.cablearchive.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.cablearchive.testing.ArchiveTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The archive over real HTTP: health, error pages and the security headers every page carries. */
@ArchiveTest
class RunningArchiveTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> getJson(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthSaysUpToThePublicWithoutItsComponentsAndHasLivenessAndReadinessProbes() throws Exception {
        HttpResponse<String> health = getJson("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("\"db\"");
        HttpResponse<String> liveness = getJson("/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"");
        HttpResponse<String> readiness = getJson("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
        // An administrator sees what the probes are made of: the database, the index, the supervised server.
        HttpResponse<String> detailed = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        ("admin:" + org.cablearchive.testing.TestDatabase.ADMIN_PASSWORD).getBytes()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(detailed.body()).contains("\"db\":{").contains("\"searchIndex\":{").contains("\"databaseServer\":{");
    }

    @Test
    void anUnknownAddressGetsTheArchivesNotFoundPage() throws Exception {
        HttpResponse<String> page = get("/documents/no/such/page");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Not found").contains("Browse the documents").contains("site-header");
    }

    @Test
    void anUnknownDocumentSaysWhichOne() throws Exception {
        HttpResponse<String> page = get("/documents/ca-nosuchthing");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("There is no document ca-nosuchthing in the archive");
    }

    @Test
    void pagesCarryAContentSecurityPolicyThatForbidsInlineScript() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        String csp = home.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(home.body()).doesNotContain("<script>").containsPattern("<script src=\"/webjars/htmx.org/[0-9.]+/dist/htmx.min.js\"");
    }

    @Test
    void theHomePageOpensOnASearchBoxThatLeadsToTheSearchPage() throws Exception {
        org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(get("/").body());
        org.jsoup.nodes.Element form = home.selectFirst("form[role=search]");
        assertThat(form.attr("action")).isEqualTo("/search");
        assertThat(form.select("input[name=q]")).hasSize(1);
        HttpResponse<String> search = get("/search?q=" + java.net.URLEncoder.encode("Sov Govt", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains("id=\"search-results\"");
    }

    @Test
    void theStylesheetAndHtmxAreServed() throws Exception {
        assertThat(get("/css/archive.css").statusCode()).isEqualTo(200);
        assertThat(get("/webjars/htmx.org/dist/htmx.min.js").statusCode()).isEqualTo(200);
    }

    @Test
    void pagesOtherThanReadingNeedAnAccount() throws Exception {
        HttpResponse<String> page = get("/admin");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }
}
