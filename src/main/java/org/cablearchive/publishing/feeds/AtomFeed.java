package org.cablearchive.publishing.feeds;

import java.io.OutputStream;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.cablearchive.publishing.xml.XmlOutput;

/**
 * An Atom 1.0 feed (RFC 4287) of any list of entries: the feed of newly published documents, and later a feed for
 * any search. The feed's id is its own address ({@code self}); it is as new as its newest entry. Each entry's id
 * is the permanent address it links to.
 *
 * @param title     what the feed is ("Newly published documents")
 * @param self      the feed's own address, with its query
 * @param alternate the page that shows the same list to a person
 * @param author    who publishes the feed (Atom wants an author for every entry; the feed's stands for all)
 */
public record AtomFeed(String title, URI self, URI alternate, String author) {

    public static final String MEDIA_TYPE = "application/atom+xml;charset=UTF-8";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    public AtomFeed {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(self, "self");
        Objects.requireNonNull(author, "author");
    }

    /**
     * One entry.
     *
     * @param link      the permanent address of what the entry is about; also the entry's id
     * @param updated   when it last changed
     * @param published when it first appeared, or null
     * @param summary   a line or two of text, or null
     */
    public record Entry(String title, URI link, Instant updated, Instant published, String summary) {

        public Entry {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(updated, "updated");
        }
    }

    /** Writes the feed to the stream; {@code now} is its time when it has no entries. */
    public void write(OutputStream stream, List<Entry> entries, Instant now) {
        Instant updated = entries.stream().map(Entry::updated).max(Instant::compareTo).orElse(now);
        try (XmlOutput out = new XmlOutput(stream)) {
            out.root("feed", ATOM)
                    .element("id", self.toString())
                    .element("title", title)
                    .element("updated", time(updated));
            out.start("link").attribute("rel", "self").attribute("type", "application/atom+xml")
                    .attribute("href", self.toString()).end();
            if (alternate != null) {
                out.start("link").attribute("rel", "alternate").attribute("type", "text/html")
                        .attribute("href", alternate.toString()).end();
            }
            out.start("author").element("name", author).end();
            for (Entry e : entries) {
                out.start("entry")
                        .element("id", e.link().toString())
                        .element("title", e.title())
                        .element("updated", time(e.updated()))
                        .element("published", e.published() == null ? null : time(e.published()));
                out.start("link").attribute("rel", "alternate").attribute("type", "text/html")
                        .attribute("href", e.link().toString()).end();
                out.element("summary", e.summary());
                out.end();
            }
        }
    }

    /** RFC 3339 in UTC, to the second. */
    private static String time(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
    }
}
