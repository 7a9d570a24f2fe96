package org.cablearchive.publishing.sitemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cablearchive.ingest.volumes.VolumeImporter;
import org.cablearchive.testing.ArchiveTest;
import org.cablearchive.testing.TestVolumes;
import org.cablearchive.records.PublishedDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The site map as a crawler reads it, and the site map index beyond its size limit ({@code robots.txt}, which stores
 * nothing, is {@link RobotsTest}'s, in the web layer alone).
 */
@ArchiveTest
class SitemapTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    VolumeImporter importer;

    @Autowired
    PublishedDocuments documents;

    @Autowired
    JdbcClient jdbc;

    private static boolean imported;

    @BeforeEach
    void importOnce() {
        if (!imported) {
            TestVolumes.importSmall(importer, "sitemap-volume", 5, false);
            TestVolumes.importSmall(importer, "sitemap-drafts", 3, true);
            imported = true;
        }
    }

    /** Every public page's address, asked of the database. */
    private Set<String> expected() {
        Set<String> urls = new HashSet<>(List.of("http://localhost/", "http://localhost/documents", "http://localhost/volumes",
                "http://localhost/glossary"));
        jdbc.sql("select distinct volume_id from document where volume_id is not null and status in ('PUBLISHED')")
                .query(String.class).list().forEach(v -> urls.add("http://localhost/volumes/" + v));
        jdbc.sql("select id from document where status in ('PUBLISHED')")
                .query(String.class).list().forEach(d -> urls.add("http://localhost/documents/" + d));
        return urls;
    }

    private static Element parse(byte[] xml, String root) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Element e = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
        assertThat(e.getNamespaceURI()).isEqualTo(SitemapController.SITEMAP);
        assertThat(e.getLocalName()).isEqualTo(root);
        return e;
    }

    private static List<String> locs(Element root) {
        NodeList locs = root.getElementsByTagNameNS(SitemapController.SITEMAP, "loc");
        List<String> list = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            list.add(locs.item(i).getTextContent());
        }
        return list;
    }

    @Test
    void theSiteMapListsEveryPublicPageOnceAndNoDraft() throws Exception {
        var response = mvc.perform(get("/sitemap.xml")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("application/xml");
        Element urlset = parse(response.getContentAsByteArray(), "urlset");
        List<String> locs = locs(urlset);
        assertThat(new HashSet<>(locs)).hasSameSizeAs(locs).isEqualTo(expected());
        assertThat(locs).contains("http://localhost/documents/sitemap-volume-d5", "http://localhost/volumes/sitemap-volume")
                .doesNotContain("http://localhost/documents/sitemap-drafts-d1", "http://localhost/volumes/sitemap-drafts");
        assertThat((long) urlset.getElementsByTagNameNS(SitemapController.SITEMAP, "lastmod").getLength())
                .isEqualTo(jdbc.sql("select count(*) from document where status in ('PUBLISHED')").query(Long.class).single());
    }

    @Test
    void pastItsLimitTheSiteMapBecomesAnIndexOfPiecesThatTogetherHoldEveryPage() throws Exception {
        int limit = 7;
        SitemapController small = new SitemapController(documents, limit, new org.cablearchive.publishing.citation.Permalinks(""));
        Element index = parse(call(r -> small.sitemap(r.request, r.response), "/sitemap.xml"), "sitemapindex");
        List<String> pieces = locs(index);
        long published = jdbc.sql("select count(*) from document where status in ('PUBLISHED')").query(Long.class).single();
        assertThat(pieces).hasSize(1 + (int) ((published + limit - 1) / limit));
        List<String> all = new ArrayList<>();
        for (String piece : pieces) {
            URI uri = URI.create(piece);
            Element urlset;
            if (uri.getPath().equals("/sitemaps/pages.xml")) {
                urlset = parse(call(r -> small.pages(r.request, r.response), uri.getPath()), "urlset");
            } else {
                assertThat(uri.getPath()).isEqualTo("/sitemaps/documents.xml");
                String after = uri.getRawQuery() == null ? null
                        : URLDecoder.decode(uri.getRawQuery().substring("after=".length()), StandardCharsets.UTF_8);
                urlset = parse(call(r -> small.documents(after, r.request, r.response), uri.getPath()), "urlset");
                assertThat(locs(urlset)).hasSizeBetween(1, limit);
            }
            all.addAll(locs(urlset));
        }
        assertThat(new HashSet<>(all)).hasSameSizeAs(all).isEqualTo(expected());
    }

    private record Exchange(MockHttpServletRequest request, MockHttpServletResponse response) { }

    private interface Call {
        void run(Exchange exchange) throws Exception;
    }

    private static byte[] call(Call call, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        call.run(new Exchange(request, response));
        return response.getContentAsByteArray();
    }

    @Test
    void aPieceAfterSomethingThatIsNoIdIsABadRequest() throws Exception {
        mvc.perform(get("/sitemaps/documents.xml").param("after", "../etc")).andExpect(status().isBadRequest());
    }
}
