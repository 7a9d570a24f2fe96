package org.cablearchive.publishing.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cablearchive.ingest.plaintext.PlainTextTelegramReader;
import org.cablearchive.ingest.volumes.VolumeImporter;
import org.cablearchive.testing.ArchiveTest;
import org.cablearchive.testing.TestVolumes;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.testing.Seed;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Atom feed of newly published documents, read as a feed reader would, without signing in. */
@ArchiveTest
class NewDocumentsFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Autowired
    MockMvc mvc;

    @Autowired
    VolumeImporter importer;

    @Autowired
    DocumentCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    private static String seed;
    private static String draft;

    @BeforeEach
    void publishOnce() {
        if (seed != null) {
            return;
        }
        TestVolumes.importSmall(importer, "feed-volume", 3, false);
        TestVolumes.importSmall(importer, "feed-drafts", 2, true);
        var reading = new PlainTextTelegramReader().read(Seed.text());
        seed = catalog.create(reading.draft(), DocumentStatus.PUBLISHED, "test");
        draft = catalog.create(reading.draft(), DocumentStatus.DRAFT, "test"); // the newest of all, and not public
    }

    private Element feed() throws Exception {
        var response = mvc.perform(get("/feed.atom")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("application/atom+xml");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Element feed = f.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray())).getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        return feed;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && ATOM.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static String one(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as(name + " of " + parent.getLocalName()).hasSize(1);
        return found.get(0).getTextContent();
    }

    private static Element link(Element parent, String rel) {
        return children(parent, "link").stream().filter(l -> rel.equals(l.getAttribute("rel"))).findFirst().orElseThrow();
    }

    @Test
    void theFeedListsTheNewestPublicationsFirstWithWhatAtomRequires() throws Exception {
        Element feed = feed();
        assertThat(one(feed, "id")).isEqualTo("http://localhost/feed.atom");
        assertThat(one(feed, "title")).isNotBlank();
        assertThat(link(feed, "self").getAttribute("href")).isEqualTo("http://localhost/feed.atom");
        assertThat(one(children(feed, "author").get(0), "name")).isNotBlank();

        List<String> expected = jdbc.sql("""
                        select id from document where status in ('PUBLISHED') order by published_at desc, id desc limit ?""")
                .param(NewDocumentsFeedController.ENTRIES).query(String.class).list();
        List<Element> entries = children(feed, "entry");
        List<String> links = new ArrayList<>();
        Instant newest = Instant.EPOCH;
        for (Element entry : entries) {
            String id = one(entry, "id");
            assertThat(URI.create(id).isAbsolute()).isTrue();
            assertThat(one(entry, "title")).isNotBlank();
            Instant updated = Instant.parse(one(entry, "updated"));
            newest = updated.isAfter(newest) ? updated : newest;
            assertThat(link(entry, "alternate").getAttribute("href")).isEqualTo(id);
            links.add(id);
        }
        assertThat(links).containsExactlyElementsOf(expected.stream().map(id -> "http://localhost/documents/" + id).toList());
        assertThat(links).doesNotContain("http://localhost/documents/" + draft);
        assertThat(Instant.parse(one(feed, "updated"))).isEqualTo(newest);
    }

    @Test
    void anEntrySummarisesPartiesDateAndSourceNote() throws Exception {
        Element entry = children(feed(), "entry").stream()
                .filter(e -> one(e, "id").equals("http://localhost/documents/" + seed)).findFirst().orElseThrow();
        var row = jdbc.sql("select sender_role, sender_name, recipient_role, source_note, date_value from document where id = ?")
                .param(seed).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)}).single();
        assertThat(one(entry, "summary")).startsWith(row[0] + " (" + row[1] + ") → " + row[2] + ".")
                .contains(new org.cablearchive.records.DocumentDate(row[4]).display()).endsWith(row[3]);
        assertThat(one(entry, "title")).isEqualTo(Seed.TITLE);
    }

    @Test
    void everyPageOfTheSiteLinksTheFeed() throws Exception {
        String home = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var link = Jsoup.parse(home).selectFirst("head link[rel=alternate][type=application/atom+xml]");
        assertThat(link).isNotNull();
        assertThat(link.attr("href")).isEqualTo("/feed.atom");
    }

    @Test
    void anEmptyFeedIsStillAValidFeed() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        new AtomFeed("Results for \"Kennan\"", URI.create("http://localhost/search.atom?q=Kennan"), null, "Cable Archive")
                .write(out, List.of(), now);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Element feed = f.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray())).getDocumentElement();
        assertThat(one(feed, "id")).isEqualTo("http://localhost/search.atom?q=Kennan");
        assertThat(one(feed, "title")).isEqualTo("Results for \"Kennan\"");
        assertThat(Instant.parse(one(feed, "updated"))).isEqualTo(now);
        assertThat(children(feed, "entry")).isEmpty();
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }
}
