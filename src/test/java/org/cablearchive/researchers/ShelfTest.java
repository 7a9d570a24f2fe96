package org.cablearchive.researchers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cablearchive.records.Body;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.DocumentType;
import org.cablearchive.testing.ArchiveTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A signed-in reader saves searches and bookmarks documents, and sees only their own. */
@ArchiveTest
class ShelfTest {

    static final RequestPostProcessor READER = user("reader7").roles("RESEARCHER");
    static final RequestPostProcessor OTHER = user("reader8").roles("RESEARCHER");

    @Autowired
    MockMvc mvc;

    @Autowired
    DocumentCatalog catalog;

    String publish(String title, String text) {
        return catalog.create(DocumentDraft.EMPTY
                .withIdentification(g -> g.withType(DocumentType.TELEGRAM).withTitle(title))
                .withText(g -> g
                        .withBody(Body.of("<body><p>" + text + "</p></body>"))), DocumentStatus.PUBLISHED, "ed1");
    }

    String page(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aReaderSavesASearchAndSeesHowManyDocumentsItFindsNow() throws Exception {
        publish("Shelf test one", "The zanzibarian question was raised.");
        var searchPage = Jsoup.parse(page("/search?q=zanzibarian", READER));
        assertThat(searchPage.select("form.save-search input[name=query]").attr("value")).isEqualTo("q=zanzibarian");
        assertThat(Jsoup.parse(mvc.perform(get("/search?q=zanzibarian")).andReturn().getResponse().getContentAsString())
                .select("form.save-search")).isEmpty();

        mvc.perform(post("/my/searches").param("name", "Zanzibar <i>notes</i>").param("query", "q=zanzibarian").with(READER).with(csrf()))
                .andExpect(redirectedUrl("/search?q=zanzibarian"));
        publish("Shelf test two", "A second zanzibarian telegram.");

        var shelf = Jsoup.parse(page("/my", READER));
        assertThat(shelf.select("table a").text()).isEqualTo("Zanzibar <i>notes</i>");
        assertThat(shelf.select("table a").attr("href")).isEqualTo("/search?q=zanzibarian");
        assertThat(shelf.select("table tbody td:nth-child(2)").text()).isEqualTo("2 (1 when saved)");
        assertThat(Jsoup.parse(page("/my", OTHER)).select("table")).isEmpty();

        mvc.perform(post("/my/searches").param("name", " ").param("query", "q=x").with(READER).with(csrf()))
                .andExpect(redirectedUrlPattern("/search?q=x*"));
        assertThat(Jsoup.parse(page("/my", READER)).select("table tbody tr")).hasSize(1);

        String id = shelf.select("form[action^=/my/searches/]").attr("action").replaceAll("\\D", "");
        mvc.perform(post("/my/searches/{id}/delete", id).with(OTHER).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/my/searches/{id}/delete", id).with(READER).with(csrf())).andExpect(redirectedUrl("/my"));
        assertThat(Jsoup.parse(page("/my", READER)).select("table")).isEmpty();
    }

    @Test
    void aReaderBookmarksPublishedDocumentsWithANoteButNotDraftsTheyCannotSee() throws Exception {
        String published = publish("Bookmarked telegram", "text");
        String draft = catalog.create(DocumentDraft.EMPTY
                .withIdentification(g -> g.withType(DocumentType.TELEGRAM).withTitle("Secret draft title"))
                .withText(g -> g.withBody(Body.of("<body><p>x</p></body>"))),
                DocumentStatus.DRAFT, "arch1");

        assertThat(Jsoup.parse(page("/documents/" + published, READER)).select("form.bookmark-form button").text()).isEqualTo("Bookmark");
        mvc.perform(post("/my/bookmarks").param("document", published).param("note", "cited in chapter 3").with(READER).with(csrf()))
                .andExpect(redirectedUrl("/documents/" + published));
        assertThat(Jsoup.parse(page("/documents/" + published, READER)).select("form.bookmark-form button").text()).isEqualTo("Save the note");
        mvc.perform(post("/my/bookmarks").param("document", draft).with(READER).with(csrf())).andExpect(status().isNotFound());

        var shelf = Jsoup.parse(page("/my", READER));
        assertThat(shelf.select(".doc-list a.doc-summary__title").eachText()).containsExactly("Bookmarked telegram");
        assertThat(shelf.select(".doc-list .comments__text").text()).isEqualTo("cited in chapter 3");
        assertThat(shelf.text()).doesNotContain("Secret draft title");
        mvc.perform(get("/my").accept(org.springframework.http.MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/my/bookmarks").param("document", published).with(csrf())).andExpect(redirectedUrl("/login"));
    }
}
