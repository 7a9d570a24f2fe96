package org.cablearchive.ingest.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.cablearchive.testing.ArchiveTest;
import org.cablearchive.testing.Seed;
import org.cablearchive.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saving a telegram from its plain text ({@code POST /api/documents}) on the whole application: accounts, CSRF, the
 * draft saved and who may read it. Reading without saving ({@code POST /api/parse}) is {@link ParseApiTest}'s.
 */
@ArchiveTest
class PlainTextApiTest {

    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    @Autowired
    MockMvc mvc;

    @Test
    void savingNeedsAnAccount() throws Exception {
        mvc.perform(post("/api/documents").contentType(TEXT).content(Seed.text()))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/documents").with(httpBasic("admin", "wrong")).contentType(TEXT).content(Seed.text()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void savingWithHttpBasicAnswers201WithTheDraftAndItsLocation() throws Exception {
        String json = mvc.perform(post("/api/documents").with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD))
                        .contentType(TEXT).content(Seed.text()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/documents/ca-[0-9a-z]{10}")))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.title").value(Seed.TITLE))
                .andExpect(jsonPath("$.telegramNumber").value("639"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonMapper.builder().build().readTree(json).get("id").asString();

        // A draft is not public: the public gets 404, staff get the document.
        mvc.perform(get("/api/documents/{id}", id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/documents/{id}", id).with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
        mvc.perform(get("/documents/{id}", id)).andExpect(status().isNotFound());
    }

    @Test
    void aBrowserSessionMustCarryTheCsrfToken() throws Exception {
        // A signed-in browser sends its session cookie with every request, a forged one included (the value as
        // Spring Session writes it, in Base64).
        RequestPostProcessor browserSession = request -> {
            request.setCookies(new jakarta.servlet.http.Cookie("JSESSIONID", java.util.Base64.getEncoder()
                    .encodeToString("browser-session".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            return request;
        };
        mvc.perform(post("/api/documents").with(user("archivist").roles("ARCHIVIST")).with(browserSession)
                        .contentType(TEXT).content(Seed.text()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/documents").with(user("archivist").roles("ARCHIVIST")).with(browserSession).with(csrf())
                        .contentType(TEXT).content(Seed.text()))
                .andExpect(status().isCreated());
    }

    @Test
    void unknownDocumentsAre404InJsonAndHtml() throws Exception {
        mvc.perform(get("/api/documents/no-such-document"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("no-such-document")));
        mvc.perform(get("/documents/no-such-document"))
                .andExpect(status().isNotFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("There is no document no-such-document")));
    }

    @Test
    void theLoginPageIsOpenAndTheWrongPasswordSaysSo() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("name=\"_csrf\"")));
        mvc.perform(post("/login").with(csrf()).param("username", "admin").param("password", "wrong"))
                .andExpect(header().string("Location", startsWith("/login?error")));
        // The administrator is staff: signing in leads to the desk.
        mvc.perform(post("/login").with(csrf()).param("username", "admin").param("password", TestDatabase.ADMIN_PASSWORD))
                .andExpect(header().string("Location", "/desk"));
    }
}
