package org.cablearchive.editorial.web.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cablearchive.editorial.web.entry.EntryWebTest.ARCHIVIST;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cablearchive.editorial.Revisions;
import org.cablearchive.ingest.volumes.VolumeImporter;
import org.cablearchive.testing.ArchiveTest;
import org.hibernate.search.mapper.orm.Search;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The participants of a memorandum of conversation, the precedence as printed, printed page labels and the drafting
 * line travel the whole chain: TEI import, the document page, the JSON API and its save, the citations, the search, the
 * entry and editing forms, the revisions and their comparison.
 */
@ArchiveTest
class ParticipantsThroughTheChainTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RequestPostProcessor EDITOR = user("eve").roles("EDITOR");

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

    private static String volume(String id) {
        return "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title type=\"complete\">"
                + "Chain</title></titleStmt><publicationStmt><publisher>P</publisher><idno type=\"frus\">" + id + "</idno>"
                + "</publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader><text><body>"
                + "<pb n=\"xii\" xml:id=\"pg_xii\"/><div type=\"document\" xml:id=\"d1\" n=\"1\"><head>1. Memorandum of "
                + "Conversation<note n=\"1\" xml:id=\"d1fn1\" type=\"source\">Source: National Archives. Secret; Niact "
                + "Immediate; Nodis.</note></head><dateline><placeName>Paris</placeName>, <date when=\"1961-05-31\">May 31, "
                + "1961</date>.</dateline><list type=\"participants\"><head>PARTICIPANTS</head><item>The Secretary</item>"
                + "<item>Ambassador Quarnbeckhoff</item></list><p>The Ambassador <pb n=\"xiii\" xml:id=\"pg_xiii\"/>spoke "
                + "<pb n=\"xiv\" xml:id=\"pg_xiv\"/>at length.</p></div></body></text></TEI>";
    }

    private static final String DRAFTED_VOLUME = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt>"
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

    private String html(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String get200(String url, RequestPostProcessor... who) throws Exception {
        var request = get(url);
        for (RequestPostProcessor w : who) {
            request = request.with(w);
        }
        return html(mvc.perform(request).andExpect(status().isOk()).andReturn());
    }

    @Test
    void anImportedMemorandumShowsItsParticipantsPrecedenceAndPagesEverywhere() throws Exception {
        importer.importVolume(new ByteArrayInputStream(volume("chain-memcon").getBytes(StandardCharsets.UTF_8)),
                "chain-memcon", new VolumeImporter.Options(false, true), VolumeImporter.Progress.NONE, "test");
        String id = "chain-memcon-d1";

        Document page = Jsoup.parse(get200("/documents/" + id));
        assertThat(page.select("dl.metadata dt").eachText()).contains("Participants");
        assertThat(page.select("dl.metadata ul.metadata__list li").eachText())
                .containsExactly("The Secretary", "Ambassador Quarnbeckhoff");
        assertThat(page.select("dl.metadata").text()).contains("Niact (printed “Niact Immediate”)")
                .contains("Printed pages xii–xiv");

        JsonNode api = JSON.readTree(get200("/api/documents/" + id));
        assertThat(api.get("participants").toString()).isEqualTo("[\"The Secretary\",\"Ambassador Quarnbeckhoff\"]");
        assertThat(api.get("precedence").asString()).isEqualTo("NIACT");
        assertThat(api.get("precedencePrinted").asString()).isEqualTo("Niact Immediate");
        assertThat(api.get("pageFirst").asString()).isEqualTo("xii");
        assertThat(api.get("pageLast").asString()).isEqualTo("xiv");
        assertThat(api.get("pageStart").isNull()).isTrue();

        assertThat(get200("/documents/" + id + ".ris")).contains("SP  - xii\r\n").contains("EP  - xiv\r\n")
                .contains("N1  - Participants: The Secretary; Ambassador Quarnbeckhoff\r\n");
        assertThat(get200("/documents/" + id + ".bib")).contains("pages = {xii--xiv}").contains("Participants: The Secretary");
        JsonNode csl = JSON.readTree(get200("/documents/" + id + ".csl.json")).get(0);
        assertThat(csl.get("page").asString()).isEqualTo("xii-xiv");
        assertThat(csl.get("note").asString()).isEqualTo("Participants: The Secretary; Ambassador Quarnbeckhoff");

        // the participants are searched with the persons a document names
        List<String> hits = new ArrayList<>();
        for (int i = 0; i < 60 && hits.isEmpty(); i++) {
            JsonNode found = JSON.readTree(get200("/api/search?q=Quarnbeckhoff"));
            found.get("hits").forEach(h -> hits.add(h.get("id").asString()));
            if (hits.isEmpty()) {
                Thread.sleep(500);
            }
        }
        assertThat(hits).containsExactly(id);

        // the JSON of GET, sent back with other participants by an editor: a correction with its revision
        ObjectNode doc = (ObjectNode) JSON.readTree(get200("/api/documents/" + id, EDITOR));
        doc.putArray("participants").add("The Secretary").add("Ambassador Quarnbeckhoff").add("Mr. Bohlen");
        mvc.perform(put("/api/documents/" + id).with(EDITOR).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(doc))).andExpect(status().isOk());
        var last = revisions.list(id).get(0);
        var comparison = revisions.compare(id, last.number()).orElseThrow();
        // (the volume's import wrote no revision of its own: the correction is compared with nothing before it)
        assertThat(comparison.fields()).filteredOn(f -> f.field().equals("Participants")).singleElement()
                .satisfies(f -> assertThat(f.after()).isEqualTo("The Secretary\nAmbassador Quarnbeckhoff\nMr. Bohlen"));
        assertThat(comparison.fields()).filteredOn(f -> f.field().equals("Precedence as printed")).singleElement()
                .satisfies(f -> assertThat(f.after()).isEqualTo("Niact Immediate"));
    }

    @Test
    void theFormsTakeParticipantsThePrintedPrecedenceAndPageLabels() throws Exception {
        BrowserForm form = BrowserForm.of(Jsoup.parse(get200("/documents/new", ARCHIVIST)).selectFirst("form.entry-form"))
                .set("type", "MEMORANDUM_OF_CONVERSATION").set("title", "Memorandum of Conversation")
                .set("precedence", "IMMEDIATE").set("precedencePrinted", "us urgent")
                .set("participants", "The Secretary\r\n\r\n  Ambassador Koo  \r\nMr. Rusk, FE")
                .set("pageStart", "xii").set("pageEnd", "[xiv]").set("body", "Ambassador Koo called.");
        MvcResult saved = mvc.perform(form.into(post("/documents/new")).with(ARCHIVIST).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String id = saved.getResponse().getRedirectedUrl().substring("/documents/".length());
        var row = jdbc.sql("select participants, precedence, precedence_printed, page_first, page_last, page_start "
                + "from document where id = ?").param(id).query((rs, n) -> List.of(
                String.join("|", (String[]) rs.getArray(1).getArray()), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), String.valueOf(rs.getObject(6)))).single();
        assertThat(row).containsExactly("The Secretary|Ambassador Koo|Mr. Rusk, FE", "IMMEDIATE", "us urgent", "xii",
                "[xiv]", "null");

        Document page = Jsoup.parse(get200("/documents/" + id, ARCHIVIST));
        assertThat(page.select("dl.metadata").text()).contains("Immediate (printed “us urgent”)")
                .contains("Printed pages xii–[xiv]");

        // the edit form shows them as saved; a change is a revision whose comparison names it
        Document edit = Jsoup.parse(get200("/documents/" + id + "/edit", ARCHIVIST));
        assertThat(edit.select("textarea#participants").text()).isEqualTo("The Secretary\nAmbassador Koo\nMr. Rusk, FE");
        assertThat(edit.select("input#precedencePrinted").val()).isEqualTo("us urgent");
        assertThat(edit.select("input#pageStart").val()).isEqualTo("xii");
        BrowserForm again = BrowserForm.of(edit.selectFirst("form.entry-form"))
                .set("participants", "The Secretary\nAmbassador Koo").set("precedencePrinted", "");
        mvc.perform(again.into(post("/documents/" + id + "/edit")).with(ARCHIVIST).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var comparison = revisions.compare(id, 2).orElseThrow();
        assertThat(comparison.fields()).extracting(Revisions.FieldChange::field)
                .containsExactly("Precedence as printed", "Participants");

        // a page that is no label is refused beside its field, and nothing changes
        BrowserForm bad = BrowserForm.of(Jsoup.parse(get200("/documents/" + id + "/edit", ARCHIVIST)).selectFirst("form.entry-form"))
                .set("pageStart", "page <twelve>");
        Document answer = Jsoup.parse(html(mvc.perform(bad.into(post("/documents/" + id + "/edit")).with(ARCHIVIST).with(csrf()))
                .andExpect(status().isOk()).andReturn()));
        assertThat(answer.select("#pageStart-error").text()).contains("as printed");
        assertThat(revisions.list(id)).hasSize(2);
    }

    @Test
    void theDraftingLineIsReadShownIndexedEditedAndCompared() throws Exception {
        importer.importVolume(new ByteArrayInputStream(DRAFTED_VOLUME.getBytes(StandardCharsets.UTF_8)), "drafting-chain",
                new VolumeImporter.Options(true, false), VolumeImporter.Progress.NONE, "test");
        String id = "drafting-chain-d1";
        assertThat(jdbc.sql("select drafting from document where id = ?").param(id).query(String.class).single())
                .isEqualTo(LINE);

        Document page = Jsoup.parse(get200("/documents/" + id, ARCHIVIST));
        assertThat(page.select("dl.metadata .metadata__drafting").text()).isEqualTo(LINE);
        assertThat(JSON.readTree(get200("/api/documents/" + id, ARCHIVIST)).get("drafting").asString()).isEqualTo(LINE);

        // a field of its own in the index
        List<String> found = List.of();
        for (int i = 0; i < 60 && found.isEmpty(); i++) {
            found = transactions.execute(t -> Search.session(entityManager).search(org.cablearchive.records.domain.Document.class)
                    .where(f -> f.match().field("drafting").matching("Zwirnwickel")).fetchHits(10).stream()
                    .map(org.cablearchive.records.domain.Document::id).toList());
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
