package org.cablearchive.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.cablearchive.testing.ArchiveTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Limits that protect everyone, each with a clear message: bodies too large (413), parameters that cannot be read
 * (400 with what to change, or a message on the page), HEAD wherever GET works and no Basic challenge for browsers,
 * a saved search with a line break (saved once, no 500). The public's rate of POST /api/parse is tested in the web
 * layer alone ({@code ingest.web.ParseApiTest}).
 */
@ArchiveTest
class LimitsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTextBodyOverOneMegabyteIsRefusedWith413AndAMessage() throws Exception {
        byte[] big = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        mvc.perform(post("/api/parse").contentType(MediaType.TEXT_PLAIN).content(big))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.detail").value(containsString("one document at a time")));
        long before = jdbc.sql("select count(*) from document").query(Long.class).single();
        mvc.perform(post("/api/documents").contentType(MediaType.TEXT_PLAIN).content(big)
                        .with(user("clerk").roles("ARCHIVIST")))
                .andExpect(status().isContentTooLarge());
        assertThat(jdbc.sql("select count(*) from document").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void anUploadAnnouncedLargerThanTheLimitIsRefusedBeforeItsBodyIsRead() throws Exception {
        // The body is never read: the Content-Length alone (200 MB) refuses it.
        mvc.perform(post("/api/imports").contentType("multipart/form-data; boundary=x")
                        .header("Content-Length", String.valueOf(200L * 1024 * 1024))
                        .with(user("clerk").roles("ARCHIVIST")))
                .andExpect(status().isContentTooLarge())
                .andExpect(header().string("Connection", "close"))
                .andExpect(jsonPath("$.detail").value(containsString("one request takes up to 128 MB")));
        mvc.perform(post("/imports").contentType("multipart/form-data; boundary=x").accept(MediaType.TEXT_HTML)
                        .header("Content-Length", String.valueOf(200L * 1024 * 1024))
                        .with(user("clerk").roles("ARCHIVIST")).with(csrf()))
                .andExpect(status().isContentTooLarge())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("Upload fewer volumes at a time")));
    }

    @Test
    void searchParametersThatCannotBeReadAnswer400WithWhatToChange() throws Exception {
        mvc.perform(get("/api/search").param("from", "0000-13-45"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.from").value(containsString("is not a date: write a year (1951)")));
        mvc.perform(get("/api/search").param("page", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.page").value(containsString("numbered from 1")));
        mvc.perform(get("/api/search").param("page", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.page").value(containsString("\"abc\" is not a page number")));
        mvc.perform(get("/api/search").param("from", "1952").param("to", "1951"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.to").value(containsString("swap them")));
        mvc.perform(get("/api/search").param("from", "1951-10").param("page", "1")).andExpect(status().isOk());

        String page = mvc.perform(get("/search").param("q", "Vyshinsky").param("to", "1951-02-30"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select(".alert--error").text())
                .contains("to: \"1951-02-30\" is not a date: write a year (1951), a month (1951-10) or a day (1951-10-15).");
    }

    @Test
    void headWorksWhereGetDoesAndBrowsersAreNeverChallengedForBasic() throws Exception {
        for (String path : new String[] {"/", "/documents", "/search", "/volumes", "/glossary", "/feed.atom", "/api/search"}) {
            mvc.perform(head(path)).andExpect(status().isOk());
        }
        mvc.perform(options("/documents")).andExpect(status().isOk()).andExpect(header().exists("Allow"));
        mvc.perform(get("/desk").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound()).andExpect(header().doesNotExist("WWW-Authenticate"));
        mvc.perform(get("/desk")).andExpect(header().doesNotExist("WWW-Authenticate"));
        mvc.perform(get("/api/users")).andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"));
        mvc.perform(head("/admin/users")).andExpect(header().doesNotExist("WWW-Authenticate"));
    }

    @Test
    void aSavedSearchWithALineBreakIsSavedOnceAndLeadsBackToItsSearch() throws Exception {
        String reader = "reader-" + UUID.randomUUID().toString().substring(0, 8);
        String location = mvc.perform(post("/my/searches").param("name", "Two\nlines").param("query", "q=Kirk\nStalin&page=2")
                        .with(user(reader).roles("RESEARCHER")).with(csrf()))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).isEqualTo("/search?q=Kirk%0AStalin&page=2");
        assertThat(jdbc.sql("select name from saved_search where username = ?").param(reader).query(String.class).list())
                .containsExactly("Two lines");
    }
}
