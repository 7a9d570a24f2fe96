package org.cablearchive.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.cablearchive.testing.ArchiveTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Signing in leads staff to their desk, and a reader back to the page they signed in from. */
@ArchiveTest
class SignInDestinationTest {

    private static final String PASSWORD = "signing in from the reading room";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    private void account(String username, String role) {
        if (users.find(username).isEmpty()) {
            users.create(new NewAccount(username, PASSWORD, List.of(role)), "admin");
        }
    }

    @Test
    void theSignInLinkCarriesThePageAndTheFormSendsItBack() throws Exception {
        String page = mvc.perform(get("/search?q=Korea")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String link = Jsoup.parse(page).select("a[href^=/login]").attr("href");
        assertThat(link).startsWith("/login?return=");
        assertThat(java.net.URLDecoder.decode(link.substring("/login?return=".length()), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("/search?q=Korea");
        String form = mvc.perform(get("/login").param("return", "/search?q=Korea")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(form).select("input[name=return]").val()).isEqualTo("/search?q=Korea");
    }

    @Test
    void aReaderGoesBackToThePageTheyCameFrom() throws Exception {
        account("dest-reader", "RESEARCHER");
        mvc.perform(post("/login").with(csrf()).param("username", "dest-reader").param("password", PASSWORD)
                .param("return", "/search?q=Korea")).andExpect(redirectedUrl("/search?q=Korea"));
        mvc.perform(post("/login").with(csrf()).param("username", "dest-reader").param("password", PASSWORD)
                .param("return", "https://elsewhere.example/")).andExpect(redirectedUrl("/"));
    }

    @Test
    void staffGoToTheirDesk() throws Exception {
        account("dest-archivist", "ARCHIVIST");
        mvc.perform(post("/login").with(csrf()).param("username", "dest-archivist").param("password", PASSWORD)
                .param("return", "/search?q=Korea")).andExpect(redirectedUrl("/desk"));
    }
}
