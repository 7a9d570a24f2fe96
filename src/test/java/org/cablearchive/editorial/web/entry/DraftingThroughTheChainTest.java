package org.cablearchive.editorial.web.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cablearchive.editorial.web.entry.EntryWebTest.ARCHIVIST;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cablearchive.editorial.Revisions;
import org.cablearchive.ingest.volumes.VolumeImporter;
import org.cablearchive.records.domain.Document;
import org.cablearchive.testing.ArchiveTest;
import org.hibernate.search.mapper.orm.Search;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The drafting line (the field added to prove how a field is added) travels the chain: read from a volume's source
 * note by the import, written by the bulk writer, shown on the document page, in the JSON API, in the index, editable
 * in the form, and compared in the revisions.
 */
@ArchiveTest
class DraftingThroughTheChainTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    VolumeImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Revisions revisions;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    private static final String VOLUME = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt>"
            + "<title type=\"complete\">Drafting</title></titleStmt><publicationStmt><publisher>P</publisher>"
            + "<idno type=\"frus\">drafting-chain</idno></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc>"
            + "</teiHeader><text><body><pb n=\"5\" xml:id=\"pg_5\"/><div type=\"document\" xml:id=\"d1\" n=\"1\"><head>1. "
            + "Telegram From the Department of State to the Embassy in Ruritania<note n=\"1\" xml:id=\"d1fn1\" "
            + "type=\"source\">Source: National Archives, RG 59, Central Files 1967–69, POL 1. Secret; Nodis. Drafted by "
            + "Zwirnwickel (EUR/SOV) on March 14; cleared by W.B. Smith; and approved by the Secretary. Repeated to "
            + "Moscow.</note></head><dateline><placeName>Washington</placeName>, <date when=\"1969-03-15\">March 15, "
            + "1969</date>.</dateline><p>The Embassy should inform the Foreign Minister.</p></div></body></text></TEI>";

    private static final String LINE = "Drafted by Zwirnwickel (EUR/SOV) on March 14; cleared by W.B. Smith; and approved "
            + "by the Secretary.";

    private String get200(String url, RequestPostProcessor... who) throws Exception {
        var request = get(url);
        for (RequestPostProcessor w : who) {
            request = request.with(w);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theDraftingLineIsReadShownIndexedEditedAndCompared() throws Exception {
        importer.importVolume(new ByteArrayInputStream(VOLUME.getBytes(StandardCharsets.UTF_8)), "drafting-chain",
                new VolumeImporter.Options(true, false), VolumeImporter.Progress.NONE, "test");
        String id = "drafting-chain-d1";
        assertThat(jdbc.sql("select drafting from document where id = ?").param(id).query(String.class).single())
                .isEqualTo(LINE);

        var page = Jsoup.parse(get200("/documents/" + id, ARCHIVIST));
        assertThat(page.select("dl.metadata .metadata__drafting").text()).isEqualTo(LINE);
        assertThat(JSON.readTree(get200("/api/documents/" + id, ARCHIVIST)).get("drafting").asString()).isEqualTo(LINE);

        // a field of its own in the index
        List<String> found = List.of();
        for (int i = 0; i < 60 && found.isEmpty(); i++) {
            found = transactions.execute(t -> Search.session(entityManager).search(Document.class)
                    .where(f -> f.match().field("drafting").matching("Zwirnwickel")).fetchHits(10).stream()
                    .map(Document::id).toList());
            if (found.isEmpty()) {
                Thread.sleep(500);
            }
        }
        assertThat(found).containsExactly(id);

        // the edit form shows it; a change is a revision whose comparison names it
        var edit = Jsoup.parse(get200("/documents/" + id + "/edit", ARCHIVIST));
        assertThat(edit.select("textarea#drafting").text()).isEqualTo(LINE);
        BrowserForm again = BrowserForm.of(edit.selectFirst("form.entry-form")).set("drafting", "Drafted by Zwirnwickel.");
        mvc.perform(again.into(post("/documents/" + id + "/edit")).with(ARCHIVIST).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var last = revisions.list(id).get(0);
        assertThat(revisions.compare(id, last.number()).orElseThrow().fields()).filteredOn(f -> f.field().equals("Drafting"))
                .singleElement().satisfies(f -> assertThat(f.after()).isEqualTo("Drafted by Zwirnwickel."));

        // too long a line is refused beside its field, and nothing changes
        int saves = revisions.list(id).size();
        BrowserForm bad = BrowserForm.of(Jsoup.parse(get200("/documents/" + id + "/edit", ARCHIVIST)).selectFirst("form.entry-form"))
                .set("drafting", "Drafted by " + "x".repeat(1000));
        var answer = Jsoup.parse(mvc.perform(bad.into(post("/documents/" + id + "/edit")).with(ARCHIVIST).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(answer.select("#drafting-error").text()).contains("at most 1,000 characters");
        assertThat(revisions.list(id)).hasSize(saves);
    }
}
