package org.cablearchive.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cablearchive.testing.ArchiveTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ArchiveTest
class StaticResourcesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void styleSheetsScriptsAndHtmxAreServedAtThePathsThePagesLinkTo() throws Exception {
        String home = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var page = Jsoup.parse(home);
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).contains("/css/archive.css");
        assertThat(page.select("script[src]").eachAttr("src")).anySatisfy(src -> assertThat(src).startsWith("/webjars/htmx.org/"));
        for (String href : page.select("link[rel=stylesheet]").eachAttr("href")) {
            assertThat(mvc.perform(get(href)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).isNotBlank();
        }
        for (String src : page.select("script[src]").eachAttr("src")) {
            assertThat(mvc.perform(get(src)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).isNotEmpty();
        }
    }

    @Test
    void onlyTheResourceFoldersAreServedAsFilesAndNothingElseOfTheClasspath() throws Exception {
        mvc.perform(get("/css/no-such.css")).andExpect(status().isNotFound());
        // Not files to the public (answered by sign-in or not found, never with the file).
        for (String path : new String[] {"/application.properties", "/static/css/archive.css", "/db/migration/V1__documents.sql"}) {
            var response = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isIn(302, 404);
            assertThat(response.getContentAsString()).as(path).doesNotContain("spring.", "create table", ".page");
        }
    }
}
