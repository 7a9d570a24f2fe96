package org.cablearchive.records.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.cablearchive.ingest.volumes.VolumeImporter;
import org.cablearchive.testing.ArchiveTest;
import org.cablearchive.testing.Frus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Browsing what was imported: volumes, a volume's contents, neighbours, persons, the glossary. */
@ArchiveTest
class VolumePagesTest {

    private static final String VOLUME = "frus1917-72PubDip";

    @Autowired
    MockMvc mvc;

    @Autowired
    VolumeImporter importer;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static boolean imported;

    @BeforeEach
    void importTheVolumeOnce() throws Exception {
        if (imported) {
            return;
        }
        imported = true;
        Frus.importPublished(importer, VOLUME);
    }

    private Document page(String path, Object... vars) throws Exception {
        return Jsoup.parse(mvc.perform(get(path, vars)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void theVolumesPageListsTheVolumeWithItsCount() throws Exception {
        Document volumes = page("/volumes");
        assertThat(volumes.select("a[href=/volumes/" + VOLUME + "]").text()).contains("Public Diplomacy");
        assertThat(volumes.text()).contains(String.valueOf(Frus.count(VOLUME).documents()));
    }

    @Test
    void theVolumesPageShowsAHundredVolumesAtATimeWithLinksToTheNeighbouringPages() throws Exception {
        // 150 more volumes, each holding one published document as far as the kept counts tell.
        for (int i = 0; i < 150; i++) {
            String id = String.format("paging-test-%03d", i);
            jdbc.update("insert into volume (id, title) values (?, ?)", id, "Paging test volume " + i);
            jdbc.update("insert into volume_summary (volume_id, status, documents) values (?, 'PUBLISHED', 1)", id);
        }
        try {
            // What the public may see: every volume holding a published document (other tests may have added some).
            List<String> expected = jdbc.queryForList("select v.id from volume v join volume_summary s on s.volume_id = v.id "
                    + "where s.status = 'PUBLISHED' and s.documents > 0 order by v.id", String.class);
            assertThat(expected).hasSizeBetween(151, 200);
            Document first = page("/volumes");
            var firstIds = first.select("table code").eachText();
            assertThat(firstIds).isEqualTo(expected.subList(0, 100));
            assertThat(first.select("a[rel=prev]")).isEmpty();
            String next = first.selectFirst("a[rel=next]").attr("href");
            assertThat(next).isEqualTo("/volumes?after=" + expected.get(99));

            Document second = page(next);
            assertThat(second.select("table code").eachText()).isEqualTo(expected.subList(100, expected.size()));
            assertThat(second.select("a[rel=next]")).isEmpty();
            String previous = second.selectFirst("a[rel=prev]").attr("href");
            assertThat(previous).isEqualTo("/volumes?before=" + expected.get(100));
            assertThat(page(previous).select("table code").eachText()).isEqualTo(firstIds);
            assertThat(first.text()).contains("The archive holds " + expected.size() + " volumes");
        } finally {
            jdbc.update("delete from volume_summary where volume_id like 'paging-test-%'");
            jdbc.update("delete from volume where id like 'paging-test-%'");
        }
    }

    @Test
    void theVolumePageListsEveryDocumentInPrintedOrderUnderItsChapters() throws Exception {
        Document volume = page("/volumes/{id}", VOLUME);
        assertThat(volume.selectFirst("h1").text()).contains("Public Diplomacy");
        var links = volume.select(".toc-docs a").eachAttr("href");
        assertThat(links).hasSize(Frus.count(VOLUME).documents());
        assertThat(links.get(0)).isEqualTo("/documents/" + VOLUME + "-d1");
        assertThat(links.get(links.size() - 1)).isEqualTo("/documents/" + VOLUME + "-d" + Frus.count(VOLUME).documents());
        assertThat(volume.select(".toc-section h2")).isNotEmpty();
        mvc.perform(get("/volumes/no-such-volume")).andExpect(status().isNotFound());
    }

    @Test
    void aDocumentPageShowsItsVolumeAndItsNeighbours() throws Exception {
        Document doc = page("/documents/{id}", VOLUME + "-d2");
        assertThat(doc.select(".breadcrumbs a").eachAttr("href")).contains("/volumes/" + VOLUME);
        assertThat(doc.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/documents/" + VOLUME + "-d1");
        assertThat(doc.selectFirst("a[rel=next]").attr("href")).isEqualTo("/documents/" + VOLUME + "-d3");
        assertThat(page("/documents/{id}", VOLUME + "-d1").select("a[rel=prev]")).isEmpty();
        // the title is shown once, as the heading: the document's own <head> is not repeated in the text
        assertThat(doc.select(".document__body").text()).doesNotStartWith(doc.selectFirst("h1").text());
    }

    @Test
    void personsNamedInTheTextLeadToTheirPages() throws Exception {
        Document doc = null;
        String personHref = null;
        for (int n = 1; n <= Frus.count(VOLUME).documents() && personHref == null; n++) {
            doc = page("/documents/{id}", VOLUME + "-d" + n);
            var link = doc.selectFirst(".document__body a.person");
            personHref = link == null ? null : link.attr("href");
        }
        assertThat(personHref).as("a document naming a person of the volume's list").isNotNull();
        Document person = page(personHref);
        assertThat(person.selectFirst("h1").text()).isNotBlank();
        assertThat(person.select(".doc-summary__title a")).isNotEmpty();
        mvc.perform(get("/persons/999999999")).andExpect(status().isNotFound());
    }

    @Test
    void theGlossaryExplainsTheAbbreviations() throws Exception {
        Document glossary = page("/glossary");
        assertThat(glossary.select(".glossary dt").eachText()).contains("Embtel", "Sov", "CPI");
        assertThat(glossary.select("a[href=#letter-E]")).isNotEmpty();
    }

    @Test
    void theVolumePageHasItsFrontMatterAsPrintedAndLinksToItsBackMatter() throws Exception {
        Document volume = page("/volumes/{id}", VOLUME);
        var preface = volume.selectFirst("details#matter-preface");
        assertThat(preface).isNotNull();
        assertThat(preface.selectFirst("summary").text()).isEqualTo("Preface");
        assertThat(preface.text()).contains("Focus of Research and Principles of Selection");
        assertThat(volume.selectFirst("details#matter-persons").text()).contains("Persons");
        assertThat(volume.selectFirst("details#matter-terms").text()).contains("Abbreviations");
        assertThat(volume.select(".volume-back a").eachAttr("href")).contains("/volumes/" + VOLUME + "/matter/appendix");

        Document appendix = page("/volumes/{id}/matter/{key}", VOLUME, "appendix");
        assertThat(appendix.selectFirst("h1").text()).isEqualTo("Appendix A");
        assertThat(appendix.select(".document-body").text()).contains("A.1. Photograph");
        mvc.perform(get("/volumes/{id}/matter/{key}", VOLUME, "no-such-section")).andExpect(status().isNotFound());
    }

    @Test
    void pagesNumberedInEachDocumentAreLookedUpAmongTheDocumentsThatHaveThem() throws Exception {
        String id = "perdoc-pages";
        StringBuilder xml = new StringBuilder("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt>"
                + "<title type=\"complete\">Electronic volume</title></titleStmt><publicationStmt><idno type=\"frus\">" + id
                + "</idno></publicationStmt></fileDesc></teiHeader><text><body>");
        for (int d = 1; d <= 3; d++) {
            xml.append("<div type=\"document\" n=\"").append(d).append("\" xml:id=\"d").append(d).append("\"><head>").append(d)
                    .append(". Telegram ").append(d).append("</head>");
            for (int p = 1; p <= d; p++) {
                xml.append("<pb n=\"").append(p).append("\" xml:id=\"d").append(d).append("-0").append(p).append("\"/><p>text</p>");
            }
            xml.append("</div>");
        }
        xml.append("</body></text></TEI>");
        importer.importVolume(new java.io.ByteArrayInputStream(xml.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                id, new VolumeImporter.Options(false, true), VolumeImporter.Progress.NONE, "test");

        Document one = page("/volumes/{id}/pages/{n}", id, "1");
        assertThat(one.select(".toc-docs a").eachAttr("href")).containsExactly("/documents/" + id + "-d1#page-1",
                "/documents/" + id + "-d2#page-1", "/documents/" + id + "-d3#page-1");
        mvc.perform(get("/volumes/{id}/pages/{n}", id, "3"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/documents/" + id + "-d3#page-3"));
        mvc.perform(get("/volumes/{id}/pages/{n}", id, "4")).andExpect(status().isNotFound());
    }
}
