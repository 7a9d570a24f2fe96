package org.cablearchive.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cablearchive.testing.ArchiveTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Who may use every endpoint of the archive. The table below declares, for each request mapping the application
 * has, who may use it; the test finds every mapping in Spring's handler mappings and fails for one the table does
 * not declare (so that a new endpoint cannot be forgotten), for a row that no longer matches a mapping, and for a
 * row whose real access differs. Access is checked by real requests through the real security filter chain, once
 * as each of ANONYMOUS, RESEARCHER, ARCHIVIST, EDITOR and ADMIN: refused means 401 or a redirect to the sign-in
 * page for the anonymous, 403 for a signed-in role; allowed is anything else (a 400 or 404 for the made-up path
 * values counts as allowed). Every request carries a CSRF token, so a 403 means the role, not a missing token.
 * <p>
 * It runs in an application context of its own (the property below), closed after it: as ADMIN it really starts what
 * the endpoints start (a rebuild of the search index, which empties the index and fills it again), which the shared
 * context's tests, searching meanwhile, must not see.
 */
@ArchiveTest
@TestPropertySource(properties = "archive.test.context=authorization")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AuthorizationTest {

    /**
     * METHOD PATH ACCESS, one endpoint a line. METHOD ANY stands for a mapping without a method (tried with GET).
     * Access: PUBLIC (anyone, signed in or not), SIGNED_IN (any role), STAFF (ARCHIVIST, EDITOR, ADMIN),
     * EDITORS (EDITOR, ADMIN), ADMIN. Path variables name nothing that exists, so this checks the doors; an
     * endpoint of one document also answers 404 to whoever may not see that document and 403 to a role its policy
     * refuses (revisions and workflow moves: {@code editorial.WorkflowTest}, {@code editorial.HistoryTest}).
     */
    static final String ACCESS = """
            GET  /                                  PUBLIC
            GET  /login                             PUBLIC
            ANY  /error                             PUBLIC
            GET  /search                            PUBLIC
            GET  /api/search                        PUBLIC
            GET  /search.atom                       PUBLIC
            GET  /documents                         PUBLIC
            GET  /documents/{id}                    PUBLIC
            GET  /documents/{id}.xml                PUBLIC
            GET  /documents/{id}.json               PUBLIC
            GET  /documents/{id}.csl.json           PUBLIC
            GET  /documents/{id}.ris                PUBLIC
            GET  /documents/{id}.bib                PUBLIC
            GET  /api/documents/{id}                PUBLIC
            GET  /volumes                           PUBLIC
            GET  /volumes/{id}                      PUBLIC
            GET  /volumes/{id}.xml                  PUBLIC
            GET  /volumes/{id}/pages                PUBLIC
            GET  /volumes/{id}/pages/{page}         PUBLIC
            GET  /volumes/{id}/matter/{key}         PUBLIC
            GET  /api/volumes                       PUBLIC
            GET  /api/volumes/{id}                  PUBLIC
            GET  /persons                           PUBLIC
            GET  /persons/{id}                      PUBLIC
            GET  /glossary                          PUBLIC
            GET  /oai                               PUBLIC
            POST /oai                               PUBLIC
            GET  /feed.atom                         PUBLIC
            GET  /sitemap.xml                       PUBLIC
            GET  /sitemaps/pages.xml                PUBLIC
            GET  /sitemaps/documents.xml            PUBLIC
            GET  /robots.txt                        PUBLIC
            POST /api/parse                         PUBLIC
            GET  /v3/api-docs                       PUBLIC
            GET  /v3/api-docs.yaml                  PUBLIC
            GET  /v3/api-docs/swagger-config        PUBLIC
            GET  /swagger-ui.html                   PUBLIC
            GET  /actuator/health                   PUBLIC
            GET  /actuator/health/**                PUBLIC
            GET  /actuator                          SIGNED_IN
            POST /api/documents                     STAFF
            GET  /imports                           STAFF
            POST /imports                           STAFF
            GET  /imports/{id}                      STAFF
            POST /api/imports                       STAFF
            GET  /api/imports/{id}                  STAFF
            GET  /admin/search-index                ADMIN
            POST /admin/search-index/rebuild        ADMIN
            GET  /admin/users                       ADMIN
            POST /admin/users                       ADMIN
            GET  /admin/users/{username}            ADMIN
            POST /admin/users/{username}/roles      ADMIN
            POST /admin/users/{username}/password   ADMIN
            POST /admin/users/{username}/disable    ADMIN
            POST /admin/users/{username}/enable     ADMIN
            POST /api/users                         ADMIN
            GET  /api/users/{username}              ADMIN
            GET  /documents/{id}/revisions          PUBLIC
            GET  /documents/{id}/revisions/{number} PUBLIC
            GET  /api/documents/{id}/revisions      PUBLIC
            POST /documents/{id}/revisions/{number}/restore SIGNED_IN
            POST /documents/{id}/transitions        SIGNED_IN
            POST /documents/{id}/comments           SIGNED_IN
            POST /api/documents/{id}/transitions    SIGNED_IN
            GET  /desk                              STAFF
            GET  /desk/reports                      STAFF
            GET  /desk/reports/{id}                 STAFF
            POST /desk/reports/{id}/resolve         STAFF
            POST /desk/reports/{id}/decline         STAFF
            POST /documents/{id}/reports            PUBLIC
            GET  /documents/{id}/report             PUBLIC
            POST /volumes/{volumeId}/publish        EDITORS
            GET  /admin/audit                       ADMIN
            GET  /admin/audit.csv                   ADMIN
            GET  /api/audit                         ADMIN
            GET  /my                                SIGNED_IN
            POST /my/searches                       SIGNED_IN
            POST /my/searches/{id}/delete           SIGNED_IN
            POST /my/bookmarks                      SIGNED_IN
            POST /my/bookmarks/{id}/delete          SIGNED_IN
            GET  /documents/new                     STAFF
            POST /documents/new                     STAFF
            GET  /documents/paste                   STAFF
            POST /documents/paste                   STAFF
            POST /documents/preview                 STAFF
            GET  /documents/{id}/edit               STAFF
            POST /documents/{id}/edit               STAFF
            PUT  /api/documents/{id}                SIGNED_IN
            GET  /desk/people                       STAFF
            GET  /references/unresolved             STAFF
            GET  /references/candidates             STAFF
            POST /references/link                   STAFF
            POST /documents/{id}/withheld           SIGNED_IN
            POST /api/documents/{id}/withheld       SIGNED_IN
            """;

    /** Who may use an endpoint. */
    enum Access {
        PUBLIC(EnumSet.allOf(Who.class)),
        SIGNED_IN(EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS))),
        STAFF(EnumSet.of(Who.ARCHIVIST, Who.EDITOR, Who.ADMIN)),
        EDITORS(EnumSet.of(Who.EDITOR, Who.ADMIN)),
        ADMIN(EnumSet.of(Who.ADMIN));

        final Set<Who> allowed;

        Access(Set<Who> allowed) {
            this.allowed = allowed;
        }
    }

    /** Who asks: the public or a signed-in account with one role. */
    enum Who { ANONYMOUS, RESEARCHER, ARCHIVIST, EDITOR, ADMIN }

    /** Values for path variables: plausible, and naming nothing that exists. */
    private static final Map<String, String> EXAMPLES = Map.of("page", "1", "username", "no-such-person");
    private static final String EXAMPLE = "no-such-id";
    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(:[^}]*)?}");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    private static Map<String, Access> declared() {
        Map<String, Access> rows = new LinkedHashMap<>();
        ACCESS.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
            String[] cells = line.split("\\s+");
            assertThat(cells).as("a row is METHOD PATH ACCESS: %s", line).hasSize(3);
            assertThat(rows.put(cells[0] + " " + cells[1], Access.valueOf(cells[2]))).as("declared twice: %s", line).isNull();
        });
        return rows;
    }

    /** Every endpoint of the application as "METHOD PATH", from every request mapping handler mapping. */
    private Set<String> mapped() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        endpoints.add("ANY " + pattern);
                    }
                    methods.forEach(method -> endpoints.add(method.name() + " " + pattern));
                }
            }
        }
        return endpoints;
    }

    @Test
    void everyEndpointIsDeclared() {
        Set<String> undeclared = new TreeSet<>(mapped());
        undeclared.removeAll(declared().keySet());
        assertThat(undeclared).as("endpoints missing from AuthorizationTest.ACCESS (add a row for each, saying who may use it)")
                .isEmpty();
    }

    @Test
    void everyDeclaredEndpointExists() {
        Set<String> stale = new TreeSet<>(declared().keySet());
        stale.removeAll(mapped());
        assertThat(stale).as("rows of AuthorizationTest.ACCESS that match no endpoint (remove or correct them)").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyRoleHasTheDeclaredAccess() {
        return declared().entrySet().stream().map(row -> DynamicTest.dynamicTest(row.getKey() + " → " + row.getValue(),
                () -> {
                    List<String> wrong = new ArrayList<>();
                    for (Who who : Who.values()) {
                        MockHttpServletResponse response = mvc.perform(probe(row.getKey(), who)).andReturn().getResponse();
                        boolean allowed = !refused(response, who);
                        if (allowed != row.getValue().allowed.contains(who)) {
                            wrong.add(who + " got " + response.getStatus() + (allowed ? " (allowed)" : " (refused)"));
                        }
                    }
                    assertThat(wrong).as("%s is declared %s", row.getKey(), row.getValue()).isEmpty();
                }));
    }

    private static MockHttpServletRequestBuilder probe(String endpoint, Who who) {
        String[] parts = endpoint.split(" ", 2);
        HttpMethod method = parts[0].equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(parts[0]);
        MockHttpServletRequestBuilder request = request(method, java.net.URI.create(example(parts[1])))
                .accept("text/html").with(csrf());
        return who == Who.ANONYMOUS ? request.with(anonymous()) : request.with(user("probe-" + who).roles(who.name()));
    }

    /** The path with plausible values for its variables ({@code /documents/{id}} → {@code /documents/no-such-id}). */
    static String example(String pattern) {
        Matcher variable = VARIABLE.matcher(pattern.replace("/**", "/x"));
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(path, EXAMPLES.getOrDefault(variable.group(1), EXAMPLE));
        }
        return variable.appendTail(path).toString();
    }

    private static boolean refused(MockHttpServletResponse response, Who who) {
        if (who == Who.ANONYMOUS) {
            String location = response.getRedirectedUrl();
            return response.getStatus() == 401 || (response.getStatus() == 302 && location != null && location.endsWith("/login"));
        }
        return response.getStatus() == 403 || response.getStatus() == 401;
    }

    @Test
    void theTableIsReadAsDeclared() {
        assertThat(example("/volumes/{id}/pages/{page}")).isEqualTo("/volumes/no-such-id/pages/1");
        assertThat(example("/documents/{id}.csl.json")).isEqualTo("/documents/no-such-id.csl.json");
        assertThat(declared()).containsEntry("POST /api/users", Access.ADMIN);
    }

    /** A rebuild of the index started by the ADMIN row runs on after the request: let it end before the context closes. */
    @AfterAll
    static void letTheRebuildEnd(@Autowired MockMvc mvc) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline) && mvc.perform(request(HttpMethod.GET, java.net.URI.create("/admin/search-index"))
                .with(user("probe").roles("ADMIN"))).andReturn().getResponse().getContentAsString().contains("hx-trigger")) {
            Thread.sleep(200);
        }
    }
}
