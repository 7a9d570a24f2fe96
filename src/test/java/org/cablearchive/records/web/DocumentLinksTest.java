package org.cablearchive.records.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.cablearchive.ingest.volumes.VolumeImporter;
import org.cablearchive.records.domain.DocumentLinks;
import org.cablearchive.testing.Frus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** How documents stand among one another: cited by, in date order, threads, and the page lookup of a volume. */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentLinksTest {

    private static final String VOLUME = "links-1951";
    private static boolean loaded;

    @Autowired
    DocumentLinks links;

    @Autowired
    VolumeImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void volume() throws Exception {
        if (!loaded) {
            Frus.importCopy(importer, "frus1951v07p2", VOLUME, false);
            loaded = true;
        }
    }

    @Test
    void aDocumentKnowsWhoCitesItAndItsThread() {
        // d66 cites "Urtel 1362 Apr 7", which is d63 (Taipei's telegram 1362).
        String d63 = VOLUME + "-d63";
        String d66 = VOLUME + "-d66";
        assertThat(links.referencedBy(d63, org.cablearchive.testing.Readers.PUBLIC, 100)).extracting(DocumentLinks.Linked::id).contains(d66);
        List<DocumentLinks.Linked> thread = links.thread(d66, org.cablearchive.testing.Readers.PUBLIC);
        assertThat(thread).extracting(DocumentLinks.Linked::id).contains(d63, d66);
        assertThat(thread).extracting(DocumentLinks.Linked::earliest).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        // Every pair in the thread is tied by a telegram reference, one way or the other, through the thread.
        for (DocumentLinks.Linked l : thread) {
            if (!l.id().equals(d66)) {
                assertThat(links.thread(l.id(), org.cablearchive.testing.Readers.PUBLIC)).extracting(DocumentLinks.Linked::id).contains(d66);
            }
        }
    }

    @Test
    void neighboursInDateOrderAreTheNearestDatedDocuments() {
        String d66 = VOLUME + "-d66";
        DocumentLinks.Linked[] around = links.neighboursInDate(d66, org.cablearchive.testing.Readers.PUBLIC);
        java.time.LocalDate day = jdbc.sql("select date_earliest from document where id = ?").param(d66)
                .query(java.time.LocalDate.class).single();
        assertThat(around[0].earliest()).isBeforeOrEqualTo(day);
        assertThat(around[1].earliest()).isAfterOrEqualTo(day);
        long between = jdbc.sql("""
                        select count(*) from document where status = 'PUBLISHED' and id <> ?
                          and (date_earliest, id) > (?, ?) and (date_earliest, id) < (?, ?)""")
                .params(d66, around[0].earliest(), around[0].id(), around[1].earliest(), around[1].id())
                .query(Long.class).single();
        assertThat(between).as("documents between the neighbours other than this one").isZero();
    }

    @Test
    void thePageLookupOfAVolumeGoesToTheDocumentOnThatPage() throws Exception {
        Object[] d = jdbc.sql("select id, page_start, page_end from document where volume_id = ? and page_end > page_start order by position_in_volume limit 1")
                .param(VOLUME).query((rs, n) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getInt(3)}).single();
        int page = (Integer) d[2];
        mvc.perform(get("/volumes/" + VOLUME + "/pages/" + page))
                .andExpect(redirectedUrl("/documents/" + d[0] + "#page-" + page));
        mvc.perform(get("/volumes/" + VOLUME + "/pages").param("page", String.valueOf(page)))
                .andExpect(redirectedUrl("/documents/" + d[0] + "#page-" + page));
        mvc.perform(get("/volumes/" + VOLUME + "/pages/99999")).andExpect(status().isNotFound());
        mvc.perform(get("/volumes/" + VOLUME + "/pages/abc")).andExpect(status().isNotFound());
    }

    @Test
    void theReadingPageShowsWhoCitesItItsThreadItsNeighboursAndExplainsAbbreviations() throws Exception {
        String d63 = VOLUME + "-d63";
        String html = mvc.perform(get("/documents/" + d63)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
        assertThat(page.select(".cited-by a").eachAttr("href")).contains("/documents/" + VOLUME + "-d66");
        assertThat(page.select(".thread li")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(page.select(".thread li.is-current").text()).contains(page.select("h1.document__title .document__title-text").text());
        assertThat(page.select("h1.document__title .document__number").text()).isEqualTo("63.");
        assertThat(page.select(".document__position").text()).matches("Document \\d+ of \\d+");
        assertThat(page.select(".document__neighbours--date a")).isNotEmpty();
        // The volume's gloss and the glossary explain abbreviations on hover.
        assertThat(page.select(".document__body abbr[title]")).isNotEmpty();
        assertThat(page.select(".document__body abbr").stream().filter(a -> a.text().equals("Govt")).findFirst().orElseThrow()
                .attr("title")).containsIgnoringCase("government");
        // A resolved link says where it goes on hover.
        assertThat(page.select(".document__body a.xref").first().attr("title")).isNotBlank();
        // Numbered paragraphs keep their numbers beside their text, and no word of the body is lost.
        assertThat(page.select(".document__body li.labelled .list-label").eachText()).contains("1.", "2.");
        String shown = page.select(".document__body").text().replaceAll("\\s+", " ");
        String body = jdbc.sql("select body from document where id = ?").param(d63).query(String.class).single();
        String text = org.cablearchive.records.Body.of(body).plainText().replaceAll("\\s+", " ");
        for (String word : text.split(" ")) {
            assertThat(shown).as("word of the body").contains(word.replaceAll("[\\[\\]]", ""));
        }
    }
}
