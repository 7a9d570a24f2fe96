package org.cablearchive.editorial.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cablearchive.editorial.Editor;
import org.cablearchive.editorial.EditorialDesk;
import org.cablearchive.editorial.Revisions;
import org.cablearchive.records.Body;
import org.cablearchive.records.Classification;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentDate;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentEditing;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.Party;
import org.cablearchive.records.Precedence;
import org.cablearchive.records.PrintedPages;
import org.cablearchive.testing.ArchiveTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Withholding a passage: the issue's leak test (a word found nowhere else in the archive is withheld, then looked for
 * through every door as the public, a researcher and an archivist who did not create the document), who may read
 * what, the API's answers, old revisions masked, and a restore that keeps the passage withheld.
 */
@ArchiveTest
class RedactionWebTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String EXTENT = "1 paragraph (5 lines)";
    private static final String MARKER = "[1 paragraph (5 lines) not declassified]";

    private static final RequestPostProcessor EDITOR = user("eddie").roles("EDITOR");
    private static final RequestPostProcessor CREATOR = user("arch-own").roles("ARCHIVIST");
    private static final RequestPostProcessor OTHER_ARCHIVIST = user("arch-other").roles("ARCHIVIST");
    private static final RequestPostProcessor RESEARCHER = user("reader").roles("RESEARCHER");

    @Autowired
    MockMvc mvc;

    @Autowired
    DocumentCatalog catalog;

    @Autowired
    DocumentEditing editing;

    @Autowired
    EditorialDesk desk;

    @Autowired
    Revisions revisions;

    /** Words made up for each test, so that nothing else in the archive holds them. */
    private String secret;
    private String secondSecret;
    /** A word of the text that stays public, in the same document. */
    private String visible;

    @BeforeEach
    void words() {
        String tag = Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
        secret = "Zarquonite" + tag;
        secondSecret = "Vogsphere" + tag;
        visible = "Osterlich" + tag;
    }

    private String create(DocumentStatus status, String by) {
        Body body = Body.builder()
                .startParagraph().text("The Foreign Minister received me this morning in " + visible + ".").endParagraph()
                .startParagraph().text("He said the " + secret + " agreement was signed with " + secondSecret
                        + " and would stay secret.").endParagraph()
                .startParagraph().text("He asked that the Department be told at once.").endParagraph()
                .build();
        return catalog.create(DocumentDraft.EMPTY
                .withIdentification(g -> g.withType(DocumentType.TELEGRAM)
                        .withTitle("The Ambassador in Ruritania to the Secretary of State")
                        .withSourceNote("711.00/1-1551: Telegram").withFileNumber("711.00/1-1551"))
                .withDispatch(g -> g.withClassification(Classification.SECRET).withPrecedence(Precedence.PRIORITY)
                        .withHandling(List.of()).withTelegramNumber("77"))
                .withCorrespondence(g -> g.withSender(new Party("Ambassador", "Hope"))
                        .withRecipient(new Party("Secretary of State", null))
                        .withDate(DocumentDate.parse("1951-01-15")).withPlace("Strelsau"))
                .withText(g -> g.withBody(body).withFootnotes(List.of()).withReferences(List.of())
                        .withSignature("Hope")), status, by);
    }

    private static String paragraph(String secret, String secondSecret) {
        return "He said the " + secret + " agreement was signed with " + secondSecret + " and would stay secret.";
    }

    private MockHttpServletRequestBuilder withhold(String id, Map<String, String> command) {
        return post("/api/documents/{id}/withheld", id).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(command));
    }

    private JsonNode withholdParagraph(String id) throws Exception {
        String answer = mvc.perform(withhold(id, Map.of("text", paragraph(secret, secondSecret), "extent", EXTENT,
                        "reason", "Names a source still protected")).with(EDITOR))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/documents/" + id + "#" + id + "-withheld-1"))
                .andReturn().getResponse().getContentAsString();
        return JSON.readTree(answer);
    }

    private String read(String url, RequestPostProcessor who) throws Exception {
        MockHttpServletRequestBuilder request = get(url);
        if (who != null) {
            request = request.with(who);
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    /**
     * What a search answers, without the words typed (which the page and the feed repeat as their title): the hits and
     * their snippets, the facets and the timeline.
     */
    private String found(String url, RequestPostProcessor who) throws Exception {
        String answer = read(url, who);
        if (url.startsWith("/api/")) {
            return answer;
        }
        if (url.startsWith("/search.atom")) {
            return String.join("\n", Jsoup.parse(answer, org.jsoup.parser.Parser.xmlParser()).select("entry").eachText());
        }
        org.jsoup.nodes.Document page = Jsoup.parse(answer);
        return page.select("ol.hits, .facet, .timeline").html();
    }

    @Test
    void theWithheldWordsLeaveThroughNoDoorAndTheMarkerStandsWhereTheBodyIsShown() throws Exception {
        String id = create(DocumentStatus.PUBLISHED, "arch-own");
        assertThat(read("/api/search?q=" + secret, null)).as("indexed before").contains(id);

        JsonNode withheld = withholdParagraph(id);
        assertThat(withheld.get("key").asString()).isEqualTo(id + "-withheld-1");
        assertThat(withheld.get("marker").asString()).isEqualTo(MARKER);
        assertThat(withheld.get("version").asLong()).isPositive();

        List<String> searches = List.of("/search?q=" + secret, "/api/search?q=" + secret, "/search.atom?q=" + secret,
                "/search?q=" + secondSecret, "/api/search?q=" + secondSecret, "/api/search?q=" + visible,
                "/search?q=" + visible, "/search.atom?q=" + visible);
        List<String> outputs = List.of("/documents/" + id, "/api/documents/" + id, "/documents/" + id + ".xml",
                "/documents/" + id + ".json", "/documents/" + id + ".csl.json", "/documents/" + id + ".ris",
                "/documents/" + id + ".bib", "/feed.atom", "/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:" + id,
                "/oai?verb=ListRecords&metadataPrefix=oai_dc", "/oai?verb=ListIdentifiers&metadataPrefix=oai_dc",
                "/sitemap.xml", "/sitemaps/documents.xml", "/documents", "/", "/robots.txt");
        List<RequestPostProcessor> readers = new ArrayList<>();
        readers.add(null); // the public
        readers.add(RESEARCHER);
        readers.add(OTHER_ARCHIVIST);
        readers.add(CREATOR); // the document is published: its creator no longer reads what is withheld
        for (RequestPostProcessor who : readers) {
            for (String url : searches) {
                assertThat(found(url, who)).as(url).doesNotContain(secret).doesNotContain(secondSecret);
            }
            assertThat(JSON.readTree(read("/api/search?q=" + secret, who)).get("total").asLong()).isZero();
            assertThat(JSON.readTree(read("/api/search?q=" + visible, who)).get("hits").toString()).contains(id);
            for (String url : outputs) {
                assertThat(read(url, who)).as(url).doesNotContain(secret).doesNotContain(secondSecret)
                        .doesNotContain("Names a source still protected");
            }
            assertThat(read("/documents/" + id, who)).contains(MARKER);
            assertThat(JSON.readTree(read("/api/documents/" + id, who)).get("body").asString())
                    .isEqualTo("The Foreign Minister received me this morning in " + visible + ".\n\n" + MARKER
                            + "\n\nHe asked that the Department be told at once.");
            assertThat(JSON.readTree(read("/api/documents/" + id, who)).has("withheld")).isFalse();
            assertThat(read("/documents/" + id + ".xml", who)).contains("not declassified</desc></gap>");
            assertThat(read("/documents/" + id + ".json", who)).contains(MARKER);
        }
        // Staff who may not read the passage see the revisions' list, which names no withheld words either.
        assertThat(read("/api/documents/" + id + "/revisions", OTHER_ARCHIVIST)).contains("WITHHELD").doesNotContain(secret);

        // An editor reads it, marked, on the page and as a separate array of the API.
        String page = read("/documents/" + id, EDITOR);
        assertThat(Jsoup.parse(page).select(".document__body mark.withheld .withheld__text").text())
                .isEqualTo(paragraph(secret, secondSecret));
        assertThat(Jsoup.parse(page).select(".document__body mark.withheld .withheld__marker").text()).isEqualTo(MARKER);
        assertThat(Jsoup.parse(page).select(".redaction .redaction__why").text()).contains("Names a source still protected");
        JsonNode api = JSON.readTree(read("/api/documents/" + id, EDITOR));
        assertThat(api.get("body").asString()).doesNotContain(secret).contains(MARKER);
        assertThat(api.get("withheld").get(0).get("text").asString()).isEqualTo(paragraph(secret, secondSecret));
        assertThat(api.get("withheld").get(0).get("extent").asString()).isEqualTo("1 paragraph (5 lines) not declassified");
        assertThat(api.get("withheld").get(0).get("key").asString()).isEqualTo(id + "-withheld-1");
        // Downloads are for citing and sharing: they never carry withheld text, not even an editor's.
        assertThat(read("/documents/" + id + ".json", EDITOR)).doesNotContain(secret);
        assertThat(read("/documents/" + id + ".xml", EDITOR)).doesNotContain(secret);
    }

    @Test
    void refusalsNeverQuoteWithheldText() throws Exception {
        String id = create(DocumentStatus.PUBLISHED, "arch-own");
        withholdParagraph(id);
        for (String text : List.of(secret, "He said the " + secret, "not in this document at all", "at")) {
            String answer = mvc.perform(withhold(id, Map.of("text", text, "extent", EXTENT, "reason", "r")).with(EDITOR))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
            JsonNode problem = JSON.readTree(answer);
            assertThat(problem.get("detail").asString()).doesNotContain(secret).doesNotContain(secondSecret)
                    .doesNotContain("Foreign Minister");
        }
        String twice = mvc.perform(withhold(id, Map.of("text", "at", "extent", EXTENT, "reason", "r")).with(EDITOR))
                .andReturn().getResponse().getContentAsString();
        assertThat(JSON.readTree(twice).get("detail").asString()).contains("occurs 2 times", "longer passage");
        String absent = mvc.perform(withhold(id, Map.of("text", "not in this document", "extent", EXTENT, "reason", "r")).with(EDITOR))
                .andReturn().getResponse().getContentAsString();
        assertThat(JSON.readTree(absent).get("detail").asString()).contains("not in the document's text");
    }

    @Test
    void theApiAnswers201400403And404() throws Exception {
        String published = create(DocumentStatus.PUBLISHED, "arch-own");
        String draft = create(DocumentStatus.DRAFT, "arch-own");
        Map<String, String> ok = Map.of("text", "He asked that the Department be told at once.", "extent", EXTENT, "reason", "r");

        mvc.perform(withhold(published, ok).with(RESEARCHER)).andExpect(status().isForbidden());
        mvc.perform(withhold(published, ok).with(CREATOR)).andExpect(status().isForbidden());
        mvc.perform(withhold(draft, ok).with(RESEARCHER)).andExpect(status().isNotFound());
        mvc.perform(withhold("ca-nosuchdoc00", ok).with(EDITOR)).andExpect(status().isNotFound());
        mvc.perform(withhold(published, ok)).andExpect(status().isUnauthorized());
        mvc.perform(withhold(published, Map.of("text", "He asked", "reason", "r")).with(EDITOR))
                .andExpect(status().isBadRequest());
        mvc.perform(withhold(published, Map.of("text", "He asked", "extent", EXTENT)).with(EDITOR))
                .andExpect(status().isBadRequest());
        mvc.perform(withhold(published, Map.of("extent", EXTENT, "reason", "r")).with(EDITOR))
                .andExpect(status().isBadRequest());
        mvc.perform(withhold(published, ok).with(user("boss").roles("ADMIN"))).andExpect(status().isCreated());
        mvc.perform(withhold(draft, Map.of("text", "He asked that the Department", "extent", "less than 1 line not declassified",
                "reason", "r")).with(EDITOR)).andExpect(status().isCreated());
        assertThat(JSON.readTree(read("/api/documents/" + draft, EDITOR)).get("body").asString())
                .contains("[less than 1 line not declassified] be told at once.");
    }

    @Test
    void anArchivistReadsWithheldTextOnlyInTheirOwnUnpublishedDocuments() throws Exception {
        String draft = create(DocumentStatus.DRAFT, "arch-own");
        withholdParagraph(draft);

        JsonNode own = JSON.readTree(read("/api/documents/" + draft, CREATOR));
        assertThat(own.get("withheld").get(0).get("text").asString()).contains(secret);
        assertThat(read("/documents/" + draft, CREATOR)).contains(secret);

        JsonNode other = JSON.readTree(read("/api/documents/" + draft, OTHER_ARCHIVIST));
        assertThat(other.has("withheld")).isFalse();
        assertThat(other.toString()).doesNotContain(secret);
        assertThat(read("/documents/" + draft, OTHER_ARCHIVIST)).doesNotContain(secret).contains(MARKER);
        mvc.perform(get("/documents/" + draft).with(RESEARCHER)).andExpect(status().isNotFound());
        assertThat(read("/api/search?q=" + secret, OTHER_ARCHIVIST)).doesNotContain(draft);
    }

    @Test
    void revisionsSavedBeforeTheWithholdingAreMaskedForThoseWhoMayNotReadIt() throws Exception {
        String id = create(DocumentStatus.DRAFT, "arch-own");
        withholdParagraph(id);
        Editor other = new Editor("arch-other", java.util.Set.of(org.cablearchive.accounts.Role.ARCHIVIST));
        Editor creator = new Editor("arch-own", java.util.Set.of(org.cablearchive.accounts.Role.ARCHIVIST));
        Editor editor = new Editor("eddie", java.util.Set.of(org.cablearchive.accounts.Role.EDITOR));

        Revisions.Comparison first = revisions.compare(id, 1, other).orElseThrow();
        assertThat(first.snapshot().bodyText()).doesNotContain(secret).contains(MARKER);
        assertThat(first.body().toString()).doesNotContain(secret);
        assertThat(revisions.compare(id, 2, other).orElseThrow().body().toString()).doesNotContain(secret);
        assertThat(revisions.compare(id, 1).orElseThrow().snapshot().bodyText()).doesNotContain(secret);
        assertThat(revisions.snapshot(id, 1, other).orElseThrow().draft().body().xml()).doesNotContain(secret);
        assertThat(revisions.compare(id, 1, editor).orElseThrow().snapshot().bodyText()).contains(secret);
        assertThat(revisions.snapshot(id, 1, creator).orElseThrow().draft().body().xml()).contains(secret);
    }

    @Test
    void restoringARevisionFromBeforeTheWithholdingKeepsThePassageWithheld() throws Exception {
        String id = create(DocumentStatus.PUBLISHED, "arch-own");
        long version = withholdParagraph(id).get("version").asLong();
        Editor editor = new Editor("eddie", java.util.Set.of(org.cablearchive.accounts.Role.EDITOR));

        long restored = desk.restore(id, 1, version, editor);
        assertThat(restored).isGreaterThan(version);
        DocumentEditing.EditableDocument d = editing.find(id).orElseThrow();
        assertThat(d.snapshot().draft().body().xml()).doesNotContain(secret).contains(id + "-withheld-1");
        assertThat(read("/api/search?q=" + secret, null)).doesNotContain(id);

        // Nor does an edit that types the withheld words back in bring them out.
        DocumentDraft again = d.snapshot().toDraft();
        Body typedBack = Body.builder().startParagraph().text("Intro. " + paragraph(secret, secondSecret)).endParagraph().build();
        editing.revise(id, again.withBody(typedBack), restored, "eddie", "typed back");
        // the document is published: the edit waits as its correction, whose reading has the marker too
        assertThat(read("/api/documents/" + id, null)).doesNotContain(secret).doesNotContain("Intro.");
        assertThat(editing.find(id).orElseThrow().correction().reading().bodyText()).doesNotContain(secret)
                .contains("Intro. " + MARKER);
        assertThat(read("/api/search?q=" + secret, null)).doesNotContain(id);
    }

    @Test
    void editorsWithholdFromTheDocumentPageAndOthersSeeNoForm() throws Exception {
        String id = create(DocumentStatus.PUBLISHED, "arch-own");
        assertThat(Jsoup.parse(read("/documents/" + id, EDITOR)).select("form.redaction__form")).hasSize(1);
        assertThat(Jsoup.parse(read("/documents/" + id, OTHER_ARCHIVIST)).select(".redaction")).isEmpty();
        assertThat(Jsoup.parse(read("/documents/" + id, null)).select(".redaction")).isEmpty();

        mvc.perform(post("/documents/{id}/withheld", id).with(EDITOR).with(csrf()).param("text", "nowhere")
                        .param("extent", EXTENT).param("reason", "r"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("redactionError", org.hamcrest.Matchers.containsString("not in the document's text")));
        mvc.perform(post("/documents/{id}/withheld", id).with(EDITOR).with(csrf())
                        .param("text", paragraph(secret, secondSecret)).param("extent", EXTENT).param("reason", "r"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/documents/" + id + "#" + id + "-withheld-1"));
        assertThat(read("/documents/" + id, null)).doesNotContain(secret).contains(MARKER);
        mvc.perform(post("/documents/{id}/withheld", id).with(OTHER_ARCHIVIST).with(csrf())
                .param("text", "He asked").param("extent", EXTENT).param("reason", "r")).andExpect(status().isForbidden());
    }
}
