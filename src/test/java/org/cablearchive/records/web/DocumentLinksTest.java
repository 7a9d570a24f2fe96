package org.cablearchive.records.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.cablearchive.ingest.volumes.VolumeImporter;
import org.cablearchive.records.domain.DocumentLinks;
import org.cablearchive.testing.ArchiveTest;
import org.cablearchive.testing.SmallFrusVolume;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * How documents stand among one another: cited by, in date order, threads, and the page lookup of a volume. The
 * volume is a small FRUS volume of its own: a Department telegram, the post's answer to it (two printed pages, a
 * numbered list, glossed abbreviations) and the Department's reply citing that answer ("Urtel 1362 Apr 7"). The same
 * numbers and days are in the real 1951 volume other tests import, so the links must be found in the citing
 * document's own volume.
 */
@ArchiveTest
class DocumentLinksTest {

    private static final String VOLUME = "links-small";
    /** The post's answer, cited by {@link #REPLY}. */
    private static final String ANSWER = VOLUME + "-d2";
    private static final String REPLY = VOLUME + "-d3";
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
    void volume() {
        if (!loaded) {
            volumeOfThreeTelegrams().importInto(importer, false);
            loaded = true;
        }
    }

    static SmallFrusVolume volumeOfThreeTelegrams() {
        return SmallFrusVolume.of(VOLUME)
                .person("p_RKL1", "Rankin, Karl L.", "Chargé in the Republic of China")
                .person("p_AD1", "Acheson, Dean", "Secretary of State")
                .term("t_ECA1", "ECA", "Economic Cooperation Administration")
                .firstPage(1590)
                .chapter("United States policy toward Formosa")
                .document(SmallFrusVolume.telegram("The Secretary of State", "p_AD1", "Acheson",
                                "Embassy in the Republic of China").file("794A.5–MAP/4–451")
                        .sent("Washington", "1951-04-04T19:00").classified("secret")
                        .paragraph("1035. For Rankin. Dept considering addit funds for <gloss target=\"#t_ECA1\">ECA</gloss>"
                                + " program Formosa <gloss target=\"#t_Govt1\">Govt</gloss>. Your comments.")
                        .signed("Acheson"))
                .document(SmallFrusVolume.telegram("The Chargé in the Republic of China", "p_RKL1", "Rankin",
                                "Secretary of State").file("894A.00–R/4–751")
                        .sent("Taipei", "1951-04-07T15:00").classified("secret")
                        .paragraph("1362. To State and <gloss target=\"#t_ECA1\">ECA</gloss> from Rankin. Re"
                                + " <gloss target=\"#t_Deptel1\">Deptel</gloss> 1035, Apr 4. Fol comments: <list>"
                                + "<label>1.</label><item>Proposed program almost certainly inadequate for the"
                                + " <gloss target=\"#t_Govt1\">Govt</gloss> of the island.</item>"
                                + "<label>2.</label><item>Police force and coast guard require little outside aid.</item>"
                                + "</list>")
                        .footnote("See footnote 1, <ref target=\"#pg_1590\">p. 1590</ref>.")
                        .pageBreak()
                        .paragraph("Further comments follow by despatch.")
                        .signed("Rankin"))
                .document(SmallFrusVolume.telegram("The Secretary of State", "p_AD1", "Acheson",
                                "Embassy in the Republic of China").file("894A.00–R/4–751")
                        .sent("Washington", "1951-04-10T18:00").classified("confidential")
                        .paragraph("1100. <gloss target=\"#t_urtel1\">Urtel</gloss> 1362 Apr 7. Dept agrees additional"
                                + " funds needed.")
                        .signed("Acheson"));
    }

    @Test
    void aDocumentKnowsWhoCitesItAndItsThread() {
        // The reply cites "Urtel 1362 Apr 7", which is the answer (Taipei's telegram 1362).
        String answer = ANSWER;
        String reply = REPLY;
        assertThat(links.referencedBy(answer, org.cablearchive.testing.Readers.PUBLIC, 100)).extracting(DocumentLinks.Linked::id).contains(reply);
        List<DocumentLinks.Linked> thread = links.thread(reply, org.cablearchive.testing.Readers.PUBLIC);
        assertThat(thread).extracting(DocumentLinks.Linked::id).contains(answer, reply);
        assertThat(thread).extracting(DocumentLinks.Linked::earliest).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        // Every pair in the thread is tied by a telegram reference, one way or the other, through the thread.
        for (DocumentLinks.Linked l : thread) {
            if (!l.id().equals(reply)) {
                assertThat(links.thread(l.id(), org.cablearchive.testing.Readers.PUBLIC)).extracting(DocumentLinks.Linked::id).contains(reply);
            }
        }
    }

    @Test
    void neighboursInDateOrderAreTheNearestDatedDocuments() {
        String reply = REPLY;
        DocumentLinks.Linked[] around = links.neighboursInDate(reply, org.cablearchive.testing.Readers.PUBLIC);
        java.time.LocalDate day = jdbc.sql("select date_earliest from document where id = ?").param(reply)
                .query(java.time.LocalDate.class).single();
        assertThat(around[0].earliest()).isBeforeOrEqualTo(day);
        assertThat(around[1].earliest()).isAfterOrEqualTo(day);
        long between = jdbc.sql("""
                        select count(*) from document where status = 'PUBLISHED' and id <> ?
                          and (date_earliest, id) > (?, ?) and (date_earliest, id) < (?, ?)""")
                .params(reply, around[0].earliest(), around[0].id(), around[1].earliest(), around[1].id())
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
        String answer = ANSWER;
        String html = mvc.perform(get("/documents/" + answer)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
        assertThat(page.select(".cited-by a").eachAttr("href")).contains("/documents/" + REPLY);
        assertThat(page.select(".thread li")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(page.select(".thread li.is-current").text()).contains(page.select("h1.document__title .document__title-text").text());
        assertThat(page.select("h1.document__title .document__number").text()).isEqualTo("2.");
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
        String body = jdbc.sql("select body from document where id = ?").param(answer).query(String.class).single();
        String text = org.cablearchive.records.Body.of(body).plainText().replaceAll("\\s+", " ");
        for (String word : text.split(" ")) {
            assertThat(shown).as("word of the body").contains(word.replaceAll("[\\[\\]]", ""));
        }
    }
}
