package org.cablearchive.publishing.citation;

import java.util.ArrayList;
import java.util.List;

/**
 * The document as an RIS record (the tagged format EndNote, Zotero, Mendeley and most library catalogues import).
 *
 * <p>A document of a volume is a section of a book ({@code CHAP}): the volume as {@code T2}, its editors as
 * {@code A2}, printer, place and year ({@code PB}, {@code CY}, {@code PY}), while {@code DA} keeps the document's
 * own date. A document entered alone is a personal communication ({@code PCOMM}) when it is correspondence and a
 * generic record ({@code GEN}) otherwise, dated by itself. Lines end in CR LF, as the format has it.
 */
public final class RisRecord {

    public static final String MEDIA_TYPE = "application/x-research-info-systems";

    private RisRecord() {
    }

    public static String of(CitedDocument d) {
        List<String[]> tags = new ArrayList<>();
        CitedDocument.Volume v = d.volume();
        tag(tags, "TY", v != null ? "CHAP" : d.isCorrespondence() ? "PCOMM" : "GEN");
        tag(tags, "ID", d.id());
        tag(tags, "TI", d.title());
        if (d.senderName() != null) {
            tag(tags, "AU", PersonName.parse(d.senderName()).inverted());
        }
        tag(tags, "M3", d.kindWithNumber());
        tag(tags, "DA", CitationDate.ris(d.date()));
        if (v != null) {
            tag(tags, "T2", v.title());
            v.editors().forEach(e -> tag(tags, "A2", PersonName.parse(e).inverted()));
            tag(tags, "T3", v.series());
            tag(tags, "PB", v.publisher());
            tag(tags, "CY", v.place());
            tag(tags, "PY", v.publishedYear() == null ? null : String.valueOf(v.publishedYear()));
            tag(tags, "SE", v.documentLabel());
            tag(tags, "SP", d.pageFirst());
            tag(tags, "EP", d.pageLast());
        } else {
            Integer year = CitationDate.year(d.date());
            tag(tags, "PY", year == null ? null : String.valueOf(year));
        }
        tag(tags, "DB", CitedDocument.ARCHIVE);
        tag(tags, "AV", d.fileNumber());
        tag(tags, "N1", d.participantsNote());
        tag(tags, "UR", d.url());
        StringBuilder out = new StringBuilder();
        for (String[] t : tags) {
            out.append(t[0]).append("  - ").append(t[1]).append("\r\n");
        }
        return out.append("ER  - \r\n").toString();
    }

    private static void tag(List<String[]> tags, String tag, String value) {
        if (value != null && !value.isBlank()) {
            // a value is one line: a line break inside it would start a line the format cannot read
            tags.add(new String[] {tag, value.strip().replaceAll("\\s+", " ")});
        }
    }
}
