package org.cablearchive.publishing.feeds;

import org.cablearchive.publishing.citation.Permalinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cablearchive.records.PublishedDocument;
import org.cablearchive.records.PublishedDocuments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /feed.atom}: the newest publications of the whole archive, newest first. */
@Controller
class NewDocumentsFeedController {

    static final int ENTRIES = 50;

    private final PublishedDocuments documents;
    private final String archiveName;
    private final Permalinks permalinks;

    NewDocumentsFeedController(PublishedDocuments documents,
                               @Value("${archive.name:Cable Archive}") String archiveName, Permalinks permalinks) {
        this.documents = documents;
        this.archiveName = archiveName;
        this.permalinks = permalinks;
    }

    @GetMapping("/feed.atom")
    void feed(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String site = permalinks.site(request);
        List<AtomFeed.Entry> entries = new ArrayList<>();
        for (PublishedDocument d : documents.newest(ENTRIES)) {
            entries.add(new AtomFeed.Entry(d.title(), URI.create(site + "/documents/" + d.id()), d.changedAt(),
                    d.publishedAt(), summary(d)));
        }
        response.setContentType(AtomFeed.MEDIA_TYPE);
        new AtomFeed("Newly published documents — " + archiveName, URI.create(site + "/feed.atom"),
                URI.create(site + "/documents"), archiveName)
                .write(response.getOutputStream(), entries, Instant.now());
    }

    /** "From → to. Date, place. Source note." with whatever the document has of these. */
    static String summary(PublishedDocument d) {
        List<String> parts = new ArrayList<>();
        if (d.sender().known() || d.recipient().known()) {
            parts.add((d.sender().known() ? d.sender().display() : "?") + " → "
                    + (d.recipient().known() ? d.recipient().display() : "?") + ".");
        }
        String when = d.date().isUndated() ? null : d.date().display();
        String where = d.place();
        if (when != null || where != null) {
            parts.add((when == null ? where : where == null ? when : where + ", " + when) + ".");
        }
        if (d.sourceNote() != null && !d.sourceNote().isBlank()) {
            parts.add(d.sourceNote().strip());
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }
}
