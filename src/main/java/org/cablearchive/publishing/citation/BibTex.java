package org.cablearchive.publishing.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The document as a BibTeX entry: {@code @incollection} for a document of a volume (the volume as
 * {@code booktitle}, its editors, printer, place and year), {@code @misc} for a document entered alone; the
 * kind, number, place and date of the document, its number in the volume and its file go in {@code note}. The key
 * is the document's id, so it never changes. Every value is escaped for (La)TeX ({@link LaTeX}); titles are braced
 * so that styles keep their capitals. The document's own date is biblatex's {@code date}, which BibTeX ignores.
 */
public final class BibTex {

    public static final String MEDIA_TYPE = "application/x-bibtex";

    private BibTex() {
    }

    public static String of(CitedDocument d) {
        List<String[]> fields = new ArrayList<>();
        CitedDocument.Volume v = d.volume();
        if (d.senderName() != null) {
            field(fields, "author", LaTeX.escape(PersonName.parse(d.senderName()).inverted()));
        }
        field(fields, "title", "{" + LaTeX.escape(d.title()) + "}");
        if (v != null) {
            field(fields, "booktitle", "{" + LaTeX.escape(v.title()) + "}");
            field(fields, "editor", String.join(" and ", v.editors().stream()
                    .map(e -> LaTeX.escape(PersonName.parse(e).inverted())).toList()));
            field(fields, "publisher", LaTeX.escape(v.publisher()));
            field(fields, "address", LaTeX.escape(v.place()));
            field(fields, "year", v.publishedYear() == null ? null : String.valueOf(v.publishedYear()));
            field(fields, "pages", d.pages() == null ? null : d.pages().replace("–", "--"));
        } else {
            Integer year = CitationDate.year(d.date());
            field(fields, "year", year == null ? null : String.valueOf(year));
        }
        field(fields, "date", CitationDate.iso(d.date()));
        field(fields, "note", LaTeX.escape(note(d)));
        field(fields, "url", LaTeX.escapeUrl(d.url()));
        StringBuilder out = new StringBuilder("@").append(v != null ? "incollection" : "misc").append('{').append(key(d.id()));
        for (String[] f : fields) {
            out.append(",\n  ").append(f[0]).append(" = {").append(f[1]).append('}');
        }
        return out.append("\n}\n").toString();
    }

    /** The document's id where it is a valid key (ids are letters, digits and hyphens); anything else becomes "-". */
    static String key(String id) {
        return id.replaceAll("[^A-Za-z0-9_:.\\-]", "-");
    }

    /** "Telegram 1362, Taipei, April 7, 1951. Document 63. 894A.00–R/4–751. Cable Archive." */
    private static String note(CitedDocument d) {
        String what = String.join(", ", Stream.of(d.kindWithNumber(), d.place(), CitationDate.phrase(d.date()))
                .filter(Objects::nonNull).toList());
        String participants = d.participantsNote();
        return String.join(". ", Stream.of(what, d.volume() == null ? null : d.volume().documentLabel(), d.fileNumber(),
                participants == null ? null : participants.replaceAll("\\.$", ""),
                CitedDocument.ARCHIVE).filter(s -> s != null && !s.isEmpty()).toList()) + ".";
    }

    private static void field(List<String[]> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new String[] {name, value});
        }
    }
}
