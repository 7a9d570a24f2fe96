package org.cablearchive.publishing.citation;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code <meta>} tags of a document's page that reference managers read (Zotero's embedded-metadata
 * translator, Google Scholar, Mendeley): Highwire Press {@code citation_*} and Dublin Core {@code DC.*}.
 *
 * <p>A document of a volume is described as a section of that book ({@code citation_inbook_title} and
 * {@code citation_book_title}, its editors, printer and year as {@code citation_publication_date}); its own date
 * is {@code citation_date} and {@code DC.date}. A document entered alone is published by the archive. The sender
 * is the author only where the source names a person.
 */
public final class HtmlMeta {

    /** One {@code <meta name content>}. */
    public record Meta(String name, String content) { }

    private HtmlMeta() {
    }

    public static List<Meta> of(CitedDocument d) {
        List<Meta> meta = new ArrayList<>();
        CitedDocument.Volume v = d.volume();
        String publisher = v != null && v.publisher() != null ? v.publisher() : CitedDocument.ARCHIVE;
        add(meta, "citation_title", d.title());
        add(meta, "citation_author", d.senderName());
        add(meta, "citation_date", CitationDate.slashed(d.date()));
        if (v != null) {
            add(meta, "citation_inbook_title", v.title());
            add(meta, "citation_book_title", v.title());
            add(meta, "citation_series_title", v.series());
            v.editors().forEach(e -> add(meta, "citation_editor", e));
            add(meta, "citation_publication_date", v.publishedYear() == null ? null : String.valueOf(v.publishedYear()));
            add(meta, "citation_firstpage", d.pageFirst());
            add(meta, "citation_lastpage", d.pageLast());
        }
        add(meta, "citation_publisher", publisher);
        add(meta, "citation_public_url", d.url());
        add(meta, "DC.title", d.title());
        add(meta, "DC.creator", d.senderName() != null ? d.senderName() : d.sender().role());
        add(meta, "DC.date", CitationDate.iso(d.date()));
        add(meta, "DC.type", "Text");
        add(meta, "DC.identifier", d.url());
        add(meta, "DC.publisher", publisher);
        add(meta, "DC.relation.ispartof", v == null ? null : v.title());
        return meta;
    }

    private static void add(List<Meta> meta, String name, String content) {
        if (content != null && !content.isBlank()) {
            meta.add(new Meta(name, content));
        }
    }
}
