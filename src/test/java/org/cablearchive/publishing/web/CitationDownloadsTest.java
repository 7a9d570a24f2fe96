package org.cablearchive.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.cablearchive.ingest.volumes.VolumeImporter;
import org.cablearchive.records.Body;
import org.cablearchive.records.Classification;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentDate;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.Party;
import org.cablearchive.records.Precedence;
import org.cablearchive.testing.ArchiveTest;
import org.cablearchive.testing.Frus;
import org.cablearchive.testing.Seed;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Citing and downloading real documents: one of the 1951 Korea and China volume, as its TEI file describes it,
 * and the founding telegram, entered as plain text; a draft is not found by the public in any form.
 */
@ArchiveTest
class CitationDownloadsTest {

    private static final String VOLUME = "frus1951v07p2";
    private static final String XML_ID = "d63";
    private static final String ID = VOLUME + "-" + XML_ID;
    private static final String BASE = "http://localhost";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    VolumeImporter importer;

    @Autowired
    DocumentCatalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    private static boolean imported;
    private static VolumeHeaderFacts facts;

    @BeforeEach
    void importTheVolumeOnce() throws Exception {
        if (imported) {
            return;
        }
        imported = true;
        Frus.importPublished(importer, VOLUME);
        facts = VolumeHeaderFacts.read(VOLUME, XML_ID);
    }

    private JsonNode api(String id) throws Exception {
        return JSON.readTree(mvc.perform(get("/api/documents/{id}", id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private MockHttpServletResponse download(String path, String mediaType) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(MediaType.parseMediaType(mediaType)))
                .as("content type of %s: %s", path, response.getContentType()).isTrue();
        String file = path.substring(path.lastIndexOf('/') + 1);
        assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"" + file + "\"");
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    private String seedId() {
        return jdbc.queryForObject("select id from document where title = ? and volume_id is null order by created_at limit 1",
                String.class, Seed.TITLE);
    }

    /** The date as a note prints it, from the API's ISO value. */
    private static String day(JsonNode doc) {
        return DocumentDate.of(DocumentDate.parse(doc.get("date").asString()).earliest()).display();
    }

    @Test
    void theDocumentPageCitesTheVolumeAsTheOfficeOfTheHistorianRecommends() throws Exception {
        JsonNode doc = api(ID);
        Document page = Jsoup.parse(mvc.perform(get("/documents/{id}", ID)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        String frusForm = facts.title() + ", eds. " + facts.editors().get(0) + " et al. (Washington: Government Printing Office, "
                + facts.year() + "), Document " + facts.documentNumber();
        assertThat(facts.editors()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(page.selectFirst(".citation__note").text()).isEqualTo(doc.get("title").asString()
                + ", telegram " + doc.get("telegramNumber").asString() + ", " + doc.get("place").asString() + ", " + day(doc)
                + ", in " + frusForm + ", " + BASE + "/documents/" + ID + ".");
        assertThat(page.selectFirst(".citation__note i").text()).isEqualTo(facts.title());
        assertThat(page.select(".citation__downloads a").eachAttr("href")).containsExactly("/documents/" + ID + ".ris",
                "/documents/" + ID + ".bib", "/documents/" + ID + ".csl.json", "/documents/" + ID + ".json",
                "/documents/" + ID + ".xml");
        // the copy button waits for its script, which comes from a file of its own (no inline script under the CSP)
        assertThat(page.selectFirst("button.citation__copy").hasAttr("hidden")).isTrue();
        assertThat(page.select("script[src=/js/citation.js]")).hasSize(1);
        assertThat(page.select("script:not([src])")).isEmpty();
        mvc.perform(get("/js/citation.js")).andExpect(status().isOk());
    }

    @Test
    void theDocumentPageCarriesHighwireAndDublinCoreMetaTags() throws Exception {
        JsonNode doc = api(ID);
        Document page = Jsoup.parse(mvc.perform(get("/documents/{id}", ID)).andReturn().getResponse().getContentAsString());
        Function<String, List<String>> meta = name -> page.head().select("meta[name=" + name + "]").eachAttr("content");
        String url = BASE + "/documents/" + ID;

        assertThat(meta.apply("citation_title")).containsExactly(doc.get("title").asString());
        assertThat(meta.apply("citation_author")).containsExactly(doc.get("sender").get("name").asString());
        assertThat(meta.apply("citation_date")).containsExactly(doc.get("date").asString().substring(0, 10).replace('-', '/'));
        assertThat(meta.apply("citation_inbook_title")).containsExactly(facts.title());
        assertThat(meta.apply("citation_book_title")).containsExactly(facts.title());
        assertThat(meta.apply("citation_editor")).containsExactlyElementsOf(facts.editors());
        assertThat(meta.apply("citation_publication_date")).containsExactly(facts.year());
        assertThat(meta.apply("citation_publisher")).containsExactly("Government Printing Office");
        assertThat(meta.apply("citation_public_url")).containsExactly(url);
        assertThat(meta.apply("citation_firstpage")).containsExactly(doc.get("pageStart").asString());
        assertThat(meta.apply("DC.title")).containsExactly(doc.get("title").asString());
        assertThat(meta.apply("DC.creator")).containsExactly(doc.get("sender").get("name").asString());
        assertThat(meta.apply("DC.date")).containsExactly(doc.get("date").asString().substring(0, 10));
        assertThat(meta.apply("DC.identifier")).containsExactly(url);
        assertThat(meta.apply("DC.type")).containsExactly("Text");
        assertThat(meta.apply("DC.publisher")).containsExactly("Government Printing Office");
        assertThat(meta.apply("DC.relation.ispartof")).containsExactly(facts.title());
        assertThat(page.head().select("link[rel=schema.DC]")).hasSize(1);
    }

    @Test
    void cslJsonDescribesTheTelegramInItsVolume() throws Exception {
        JsonNode doc = api(ID);
        MockHttpServletResponse response = download("/documents/" + ID + ".csl.json", "application/vnd.citationstyles.csl+json");
        JsonNode items = JSON.readTree(response.getContentAsString());

        assertThat(items.isArray()).isTrue();
        assertThat(items).hasSize(1);
        JsonNode item = items.get(0);
        assertThat(item.get("id").asString()).isEqualTo(ID);
        assertThat(item.get("type").asString()).isEqualTo("personal_communication");
        assertThat(item.get("title").asString()).isEqualTo(doc.get("title").asString());
        assertThat(item.get("genre").asString()).isEqualTo("Telegram " + doc.get("telegramNumber").asString());
        assertThat(item.get("author").get(0).get("family").asString()).isEqualTo(doc.get("sender").get("name").asString());
        assertThat(item.get("recipient").get(0).get("literal").asString()).isEqualTo(doc.get("recipient").get("role").asString());
        String[] ymd = doc.get("date").asString().substring(0, 10).split("-");
        assertThat(item.get("issued").get("date-parts").toString())
                .isEqualTo("[[" + Arrays.stream(ymd).map(Integer::valueOf).map(String::valueOf).collect(Collectors.joining(",")) + "]]");
        assertThat(item.get("container-title").asString()).isEqualTo(facts.title());
        assertThat(StreamSupport.stream(item.get("editor").spliterator(), false).map(e -> e.get("family").asString()).toList())
                .containsExactlyElementsOf(facts.editors().stream().map(VolumeHeaderFacts::surname).toList());
        assertThat(item.get("editor").get(0).get("given").asString() + " " + item.get("editor").get(0).get("family").asString())
                .isEqualTo(facts.editors().get(0));
        assertThat(item.get("publisher").asString()).isEqualTo("Government Printing Office");
        assertThat(item.get("publisher-place").asString()).isEqualTo("Washington");
        assertThat(item.get("number").asString()).isEqualTo(facts.documentNumber());
        assertThat(item.get("page").asString()).startsWith(doc.get("pageStart").asString());
        assertThat(item.get("URL").asString()).isEqualTo(BASE + "/documents/" + ID);
        assertThat(item.get("archive").asString()).isEqualTo("Cable Archive");
        assertThat(item.get("archive_location").asString()).isEqualTo(doc.get("fileNumber").asString());
    }

    @Test
    void risHasItsTypeItsFieldsAndItsEnd() throws Exception {
        JsonNode doc = api(ID);
        String ris = download("/documents/" + ID + ".ris", "application/x-research-info-systems").getContentAsString();
        List<String> lines = Arrays.asList(ris.split("\r\n", -1));

        assertThat(ris).doesNotContain("\n\n").endsWith("ER  - \r\n");
        assertThat(lines.get(0)).isEqualTo("TY  - CHAP");
        assertThat(lines.subList(0, lines.size() - 1)).allMatch(l -> l.matches("[A-Z][A-Z0-9]  - .*"), "tag lines");
        Map<String, List<String>> tags = lines.stream().filter(l -> l.length() >= 6)
                .collect(Collectors.groupingBy(l -> l.substring(0, 2), Collectors.mapping(l -> l.substring(6), Collectors.toList())));
        assertThat(tags.get("TI")).containsExactly(doc.get("title").asString());
        assertThat(tags.get("AU")).containsExactly(doc.get("sender").get("name").asString());
        assertThat(tags.get("T2")).containsExactly(facts.title());
        assertThat(tags.get("A2")).hasSize(facts.editors().size());
        assertThat(tags.get("A2").get(0)).isEqualTo(VolumeHeaderFacts.surname(facts.editors().get(0)) + ", "
                + facts.editors().get(0).substring(0, facts.editors().get(0).lastIndexOf(' ')));
        assertThat(tags.get("PY")).containsExactly(facts.year());
        assertThat(tags.get("DA")).containsExactly(doc.get("date").asString().substring(0, 10).replace('-', '/') + "/");
        assertThat(tags.get("PB")).containsExactly("Government Printing Office");
        assertThat(tags.get("CY")).containsExactly("Washington");
        assertThat(tags.get("SE")).containsExactly("Document " + facts.documentNumber());
        assertThat(tags.get("AV")).containsExactly(doc.get("fileNumber").asString());
        assertThat(tags.get("UR")).containsExactly(BASE + "/documents/" + ID);
        assertThat(tags.get("ER")).hasSize(1);
    }

    @Test
    void bibtexIsOneWellFormedEntryWithTeXForItsAccents() throws Exception {
        JsonNode doc = api(ID);
        String bib = download("/documents/" + ID + ".bib", "application/x-bibtex").getContentAsString();

        assertThat(doc.get("title").asString()).contains("Chargé");
        BibEntry entry = BibEntry.parse(bib);
        assertThat(entry.type()).isEqualTo("incollection");
        assertThat(entry.key()).isEqualTo(ID);
        assertThat(entry.fields().get("title")).isEqualTo("{" + doc.get("title").asString().replace("é", "{\\'e}") + "}");
        assertThat(entry.fields().get("booktitle")).isEqualTo("{" + facts.title() + "}");
        assertThat(entry.fields().get("editor").split(" and ")).hasSize(facts.editors().size());
        assertThat(entry.fields().get("year")).isEqualTo(facts.year());
        assertThat(entry.fields().get("date")).isEqualTo(doc.get("date").asString().substring(0, 10));
        assertThat(entry.fields().get("note")).contains("Document " + facts.documentNumber())
                .contains(doc.get("fileNumber").asString().replace("–", "--"));
        assertThat(entry.fields().get("url")).isEqualTo(BASE + "/documents/" + ID);
        assertThat(bib.chars().allMatch(c -> c < 0x80)).as("only ASCII, accents as TeX").isTrue();
        // the entry's key never changes: a second download gives the same entry
        assertThat(download("/documents/" + ID + ".bib", "application/x-bibtex").getContentAsString()).isEqualTo(bib);
    }

    @Test
    void theJsonDownloadIsTheDocumentAsTheApiGivesIt() throws Exception {
        JsonNode json = JSON.readTree(download("/documents/" + ID + ".json", "application/json").getContentAsString());
        assertThat(json).isEqualTo(api(ID));
        assertThat(json.get("number").asString()).isEqualTo(facts.documentNumber());
    }

    @Test
    void theSeedTelegramIsCitedFromItsSenderRecipientNumberDateAndFile() throws Exception {
        JsonNode expected = Seed.expected();
        String id = seedId();
        String url = BASE + "/documents/" + id;
        Document page = Jsoup.parse(mvc.perform(get("/documents/{id}", id)).andReturn().getResponse().getContentAsString());

        assertThat(page.selectFirst(".citation__note").text()).isEqualTo(expected.get("sender").get("role").asString()
                + " (" + expected.get("sender").get("name").asString() + ") to " + expected.get("recipient").get("role").asString()
                + ", telegram " + expected.get("telegramNumber").asString() + ", "
                + DocumentDate.parse(expected.get("date").asString()).display() + ", " + expected.get("fileNumber").asString()
                + ", Cable Archive, " + url + ".");
        assertThat(page.select(".citation__note i")).isEmpty();
        assertThat(page.head().select("meta[name=citation_inbook_title]")).isEmpty();
        assertThat(page.head().select("meta[name=citation_publisher]").attr("content")).isEqualTo("Cable Archive");
        assertThat(page.head().select("meta[name=citation_author]").attr("content"))
                .isEqualTo(expected.get("sender").get("name").asString());

        JsonNode item = JSON.readTree(download("/documents/" + id + ".csl.json", "application/vnd.citationstyles.csl+json")
                .getContentAsString()).get(0);
        assertThat(item.get("type").asString()).isEqualTo("personal_communication");
        assertThat(item.has("container-title")).isFalse();
        assertThat(item.get("issued").get("date-parts").toString()).isEqualTo("[[1951,10,15]]");
        assertThat(item.get("archive_location").asString()).isEqualTo(expected.get("fileNumber").asString());

        String ris = download("/documents/" + id + ".ris", "application/x-research-info-systems").getContentAsString();
        assertThat(ris).startsWith("TY  - PCOMM\r\n").contains("PY  - 1951\r\n", "DA  - 1951/10/15/\r\n", "UR  - " + url + "\r\n")
                .doesNotContain("T2  - ").endsWith("ER  - \r\n");
        BibEntry bib = BibEntry.parse(download("/documents/" + id + ".bib", "application/x-bibtex").getContentAsString());
        assertThat(bib.type()).isEqualTo("misc");
        assertThat(bib.fields().get("note")).isEqualTo("Telegram " + expected.get("telegramNumber").asString() + ", "
                + DocumentDate.parse(expected.get("date").asString()).display() + ". "
                + expected.get("fileNumber").asString().replace("–", "--") + ". Cable Archive.");
    }

    @Test
    void aDraftIsNotFoundByThePublicInAnyFormButCitedForStaff() throws Exception {
        Body body = Body.builder().startParagraph().text("A draft the public must not see.").endParagraph().build();
        String title = "Memorandum on the 50% Rule & the {Braces} Question, by the Chargé d’Affaires";
        String id = catalog.create(DocumentDraft.EMPTY
                .withIdentification(g -> g.withType(DocumentType.MEMORANDUM).withTitle(title))
                .withDispatch(g -> g.withClassification(Classification.SECRET).withPrecedence(Precedence.ROUTINE)
                        .withHandling(List.of()))
                .withCorrespondence(g -> g.withSender(new Party("Chargé", "Kirk")).withRecipient(Party.NONE)
                        .withDate(DocumentDate.parse("1951-10")).withPlace("Moscow"))
                .withText(g -> g.withBody(body).withFootnotes(List.of())
                        .withReferences(List.of())), DocumentStatus.DRAFT, "test");

        for (String path : List.of("", ".json", ".csl.json", ".ris", ".bib", ".xml")) {
            mvc.perform(get("/documents/" + id + path)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/documents/{id}", id)).andExpect(status().isNotFound());

        var staff = user("archivist").roles("ARCHIVIST");
        mvc.perform(get("/documents/{id}", id).with(staff)).andExpect(status().isOk());
        String bib = mvc.perform(get("/documents/{id}.bib", id).with(staff)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"" + id + ".bib\""))
                .andReturn().getResponse().getContentAsString();
        BibEntry entry = BibEntry.parse(bib);
        assertThat(entry.fields().get("title"))
                .isEqualTo("{Memorandum on the 50\\% Rule \\& the \\{Braces\\} Question, by the Charg{\\'e} d'Affaires}");
        assertThat(entry.fields().get("date")).isEqualTo("1951-10");
        JsonNode item = JSON.readTree(mvc.perform(get("/documents/{id}.csl.json", id).with(staff))
                .andReturn().getResponse().getContentAsString()).get(0);
        assertThat(item.get("type").asString()).isEqualTo("document");
        assertThat(item.get("issued").get("date-parts").toString()).isEqualTo("[[1951,10]]");
        assertThat(item.get("title").asString()).isEqualTo(title);
    }

    @Test
    void aPrintedPageTakesItsDatelineFromTheTextOrElseFromTheRecord() throws Exception {
        Document imported = Jsoup.parse(mvc.perform(get("/documents/{id}", ID)).andReturn().getResponse().getContentAsString());
        assertThat(imported.selectFirst("article.document").hasClass("document--opener")).isTrue();
        assertThat(imported.select(".document__body .dateline")).isNotEmpty();

        JsonNode expected = Seed.expected();
        Document seed = Jsoup.parse(mvc.perform(get("/documents/{id}", seedId())).andReturn().getResponse().getContentAsString());
        assertThat(seed.selectFirst("article.document").hasClass("document--opener")).isFalse();
        assertThat(seed.select(".document__body .dateline")).isEmpty();
        assertThat(seed.selectFirst(".document__dateline").text())
                .isEqualTo(DocumentDate.parse(expected.get("date").asString()).display());
        assertThat(seed.select("link[rel=stylesheet][media=print]").eachAttr("href")).containsExactly("/css/print.css");
    }

    @Test
    void anUnknownDocumentIsNotFoundInAnyForm() throws Exception {
        for (String path : List.of(".json", ".csl.json", ".ris", ".bib")) {
            mvc.perform(get("/documents/no-such-document" + path)).andExpect(status().isNotFound());
        }
    }
}
