package org.cablearchive.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.cablearchive.testing.ArchiveTest;
import org.cablearchive.testing.TestDatabase;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signing out over real HTTP, as a browser does it: the session cookie the browser held no longer signs anyone in,
 * even when it is sent again.
 */
@ArchiveTest
class SignOutOverHttpTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> send(String method, String path, String cookie, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        request.method(method, form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private static String csrfToken(HttpResponse<String> page) {
        return Jsoup.parse(page.body()).select("input[name=_csrf]").first().val();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() throws Exception {
        HttpResponse<String> login = send("GET", "/login", null, null);
        String anonymous = sessionCookie(login);
        HttpResponse<String> signedIn = send("POST", "/login", anonymous, "username=admin&password="
                + encode(TestDatabase.ADMIN_PASSWORD) + "&_csrf=" + encode(csrfToken(login)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String session = sessionCookie(signedIn); // a new session id after signing in (no fixation)
        assertThat(session).isNotEqualTo(anonymous);

        HttpResponse<String> users = send("GET", "/admin/users", session, null);
        assertThat(users.statusCode()).isEqualTo(200);
        HttpResponse<String> signedOut = send("POST", "/logout", session, "_csrf=" + encode(csrfToken(users)));
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location").orElseThrow()).endsWith("/?signedout");

        HttpResponse<String> again = send("GET", "/admin/users", session, null);
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }
}
