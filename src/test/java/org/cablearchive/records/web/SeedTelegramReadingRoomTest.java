package org.cablearchive.records.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentSummary;
import org.cablearchive.testing.ArchiveTest;
import org.cablearchive.testing.Seed;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The founding telegram, loaded as demo content into the empty archive, as the public reads it: its page shows
 * every field of the expected reading, and {@code GET /api/documents/{id}} returns them exactly.
 */
@ArchiveTest
class SeedTelegramReadingRoomTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DocumentCatalog catalog;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private final JsonNode expected = Seed.expected();
    private String id;

    @BeforeEach
    void findTheSeed() {
        id = jdbc.sql("select id from document where title = ? and status = 'PUBLISHED' order by created_at, id limit 1")
                .param(Seed.TITLE).query(String.class).optional()
                .orElseThrow(() -> new AssertionError("The demo content did not load the seed telegram"));
    }

    @Test
    void theApiReturnsEveryFieldOfTheExpectedReading() throws Exception {
        String json = mvc.perform(get("/api/documents/{id}", id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        JsonNode actual = JsonMapper.builder().build().readTree(json);

        for (String field : List.of("sourceNote", "fileNumber", "type", "title", "sender", "recipient", "classification",
                "precedence", "telegramNumber", "date", "pageStart", "pageEnd", "distribution", "signature")) {
            assertThat(actual.get(field)).as(field).isEqualTo(expected.get(field));
        }
        assertThat(actual.get("references")).hasSize(expected.get("references").size());
        for (int i = 0; i < expected.get("references").size(); i++) {
            JsonNode want = expected.get("references").get(i);
            JsonNode got = actual.get("references").get(i);
            for (String field : List.of("kind", "number", "date", "label")) {
                assertThat(got.get(field)).as("references[%d].%s", i, field).isEqualTo(want.get(field));
            }
            assertThat(got.has("target")).isTrue();
        }
        assertThat(actual.get("footnotes")).hasSize(1);
        assertThat(actual.get("footnotes").get(0).get("n")).isEqualTo(expected.get("footnotes").get(0).get("n"));
        assertThat(actual.get("footnotes").get(0).get("text")).isEqualTo(expected.get("footnotes").get(0).get("text"));
        assertThat(StreamSupport.stream(actual.get("pageBreaks").spliterator(), false).map(JsonNode::asString).toList())
                .containsExactlyElementsOf(StreamSupport.stream(expected.get("pageBreaks").spliterator(), false)
                        .map(n -> n.asString()).toList());

        String body = actual.get("body").asString();
        assertThat(body).startsWith(expected.get("bodyStartsWith").asString())
                .endsWith(expected.get("bodyEndsWith").asString())
                .contains("\n\n[Page 1043]\n\n", "relative [Page 1045] for example", "Sov Union.1");
        assertThat(actual.get("id").asString()).isEqualTo(id);
        assertThat(actual.get("status").asString()).isEqualTo("PUBLISHED");
    }

    @Test
    void theDocumentPageShowsTheMetadataPanelAndTheBodyAsPrinted() throws Exception {
        String html = mvc.perform(get("/documents/{id}", id).accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);

        assertThat(page.selectFirst("h1").text()).isEqualTo(Seed.TITLE);
        assertThat(page.selectFirst(".document__source").text()).isEqualTo("611.61/10–1551: Telegram");
        Map<String, String> panel = new java.util.LinkedHashMap<>();
        for (Element row : page.select(".metadata > div")) {
            panel.put(row.selectFirst("dt").text(), row.selectFirst("dd").text());
        }
        assertThat(panel).containsEntry("File number", "611.61/10–1551")
                .containsEntry("Date", "October 15, 1951")
                .containsEntry("Type", "Telegram")
                .containsEntry("From", "Charge in the Soviet Union (Cumming)")
                .containsEntry("To", "Secretary of State")
                .containsEntry("Telegram number", "639")
                .containsEntry("Classification", "Top Secret")
                .containsEntry("Precedence", "Priority")
                .containsEntry("Printed pages", "1042–1047");
        assertThat(page.select(".document__markings .badge").eachText()).containsExactly("Top Secret", "Priority");

        // Page markers at their places: two between paragraphs, three in mid-sentence, in printed order.
        assertThat(page.select(".document__body .page-break").eachAttr("id"))
                .containsExactly("page-1043", "page-1044", "page-1045", "page-1046", "page-1047");
        Element midSentence = page.getElementById("page-1045");
        assertThat(midSentence.parent().tagName()).isEqualTo("p");
        assertThat(midSentence.parent().text()).contains("relative [Page 1045] for example");
        assertThat(page.select(".document__body > p")).hasSize(expected.get("paragraphCount").asInt());

        // The footnote mark jumps to the note, and the note back to the mark.
        Element mark = page.selectFirst(".document__body sup.fn-mark a");
        assertThat(mark.text()).isEqualTo("1");
        Element note = page.selectFirst(mark.attr("href"));
        assertThat(note.text()).contains("For related documentation, see vol. i, pp. 993 ff.");
        assertThat(page.selectFirst(note.selectFirst("a.footnotes__back").attr("href"))).isEqualTo(mark);

        // Embtel 634 is not in the archive: a plain label, not a link.
        assertThat(page.select(".document__body .xref.unresolved").text()).isEqualTo("Embtel 634, October 15");
        assertThat(page.select(".document__body a.xref")).isEmpty();
        assertThat(page.selectFirst(".document__distribution").text()).isEqualTo("Dept pass London, Paris (its discretion).");
        assertThat(page.selectFirst(".document__signature").text()).isEqualTo("Cumming");
    }

    @Test
    void theDocumentListAndHomePageLeadToIt() throws Exception {
        // The list is read by key: the page that begins at the seed's place in the list (other tests publish after it) holds it.
        long place = jdbc.sql("select public_seq from document where id = ?").param(id).query(Long.class).single();
        String list = mvc.perform(get("/documents").param("after", String.valueOf(place + 1))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(list).select(".doc-summary__title a").eachAttr("href")).first().isEqualTo("/documents/" + id);

        String home = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document homePage = Jsoup.parse(home);
        String first = mvc.perform(get("/documents")).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(first).select(".doc-summary__title a").eachAttr("href"))
                .startsWith(homePage.select(".doc-list .doc-summary__title a").eachAttr("href").toArray(String[]::new));
        assertThat(Long.parseLong(homePage.selectFirst(".counts dd").text().replace(",", ""))).isPositive();
    }
}
