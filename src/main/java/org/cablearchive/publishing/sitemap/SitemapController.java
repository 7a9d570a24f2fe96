package org.cablearchive.publishing.sitemap;

import org.cablearchive.publishing.citation.Permalinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.cablearchive.publishing.xml.XmlOutput;
import org.cablearchive.records.PublishedDocuments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public pages for search engines (sitemaps.org protocol 0.9): the home page, the lists, the glossary, every
 * volume with published documents and every published document. Up to {@code archive.sitemap.max-urls} (the
 * protocol's 50,000) they are one site map at {@code /sitemap.xml}; beyond, {@code /sitemap.xml} is an index of
 * {@code /sitemaps/pages.xml} (the pages and volumes) and {@code /sitemaps/documents.xml?after=…} pieces of at most
 * that many documents each, cut at document ids so each piece is read by key. Documents are written as they are
 * read, a thousand at a time, so a million of them need no more memory than one batch.
 */
@Controller
class SitemapController {

    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XML = "application/xml;charset=UTF-8";
    private static final List<String> PAGES = List.of("/", "/documents", "/volumes", "/glossary");
    private static final int BATCH = 1000;

    private final PublishedDocuments documents;
    private final int maxUrls;
    private final Permalinks permalinks;

    SitemapController(PublishedDocuments documents,
                      @Value("${archive.sitemap.max-urls:50000}") int maxUrls, Permalinks permalinks) {
        this.permalinks = permalinks;
        if (maxUrls < PAGES.size() + 1) {
            throw new IllegalArgumentException("archive.sitemap.max-urls must leave room for the pages and a document");
        }
        this.documents = documents;
        this.maxUrls = maxUrls;
    }

    @GetMapping("/sitemap.xml")
    void sitemap(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String site = site(request);
        List<String> volumeIds = publicVolumes();
        long count = documents.count();
        response.setContentType(XML);
        try (XmlOutput out = new XmlOutput(response.getOutputStream())) {
            if (PAGES.size() + volumeIds.size() + count <= maxUrls) {
                out.root("urlset", SITEMAP);
                pages(out, site, volumeIds);
                documents(out, site, null, Long.MAX_VALUE);
                return;
            }
            out.root("sitemapindex", SITEMAP);
            sitemap(out, site + "/sitemaps/pages.xml");
            sitemap(out, site + "/sitemaps/documents.xml");
            List<String> cuts = documents.boundaries(maxUrls);
            for (int i = 0; i < cuts.size(); i++) {
                if (i == cuts.size() - 1 && count % maxUrls == 0) {
                    break; // the last cut ends the list: nothing comes after it
                }
                sitemap(out, site + "/sitemaps/documents.xml?after=" + URLEncoder.encode(cuts.get(i), StandardCharsets.UTF_8));
            }
        }
    }

    @GetMapping("/sitemaps/pages.xml")
    void pages(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String site = site(request);
        List<String> volumeIds = publicVolumes();
        response.setContentType(XML);
        try (XmlOutput out = new XmlOutput(response.getOutputStream())) {
            out.root("urlset", SITEMAP);
            pages(out, site, volumeIds);
        }
    }

    /** At most {@code archive.sitemap.max-urls} published documents in id order, after the given id. */
    @GetMapping("/sitemaps/documents.xml")
    void documents(@RequestParam(required = false) String after, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (after != null && !after.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,119}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "\"after\" must be a document id");
        }
        String site = site(request);
        response.setContentType(XML);
        try (XmlOutput out = new XmlOutput(response.getOutputStream())) {
            out.root("urlset", SITEMAP);
            documents(out, site, after, maxUrls);
        }
    }

    private List<String> publicVolumes() {
        return documents.volumes().stream().map(PublishedDocuments.Volume::id).toList();
    }

    private static void pages(XmlOutput out, String site, List<String> volumeIds) {
        for (String page : PAGES) {
            url(out, site + page, null);
        }
        for (String id : volumeIds) {
            url(out, site + "/volumes/" + id, null);
        }
    }

    private void documents(XmlOutput out, String site, String after, long limit) {
        long written = 0;
        String last = after;
        while (written < limit) {
            List<PublishedDocuments.Stamp> batch = documents.ids(last, (int) Math.min(BATCH, limit - written));
            for (PublishedDocuments.Stamp s : batch) {
                url(out, site + "/documents/" + s.id(), s.changedAt());
            }
            written += batch.size();
            if (batch.size() < BATCH) {
                return;
            }
            last = batch.get(batch.size() - 1).id();
        }
    }

    private static void url(XmlOutput out, String location, Instant lastModified) {
        out.start("url").element("loc", location)
                .element("lastmod", lastModified == null ? null
                        : DateTimeFormatter.ISO_INSTANT.format(lastModified.truncatedTo(ChronoUnit.SECONDS)))
                .end();
    }

    private static void sitemap(XmlOutput out, String location) {
        out.start("sitemap").element("loc", location).end();
    }

    private String site(HttpServletRequest request) {
        return permalinks.site(request);
    }
}
