package org.cablearchive.publishing.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The note a researcher puts in a footnote, in Chicago style.
 *
 * <p>A document of a volume is cited as the Office of the Historian recommends ("Citing the Foreign Relations
 * series": series, subseries, volume number and title, editors, "Washington: Government Printing Office", year,
 * document number, then the URL), preceded, as Chicago cites correspondence in a published collection, by the
 * document's own heading, kind, place and date:
 *
 * <pre>The Chargé in the Republic of China (Rankin) to the Secretary of State, telegram 1346, Taipei, April 7, 1951,
 * in <i>Foreign Relations of the United States, 1951, Korea and China, Volume VII, Part 2</i>, eds. John P. Glennon
 * et al. (Washington: Government Printing Office, 1983), Document 63, https://…/documents/frus1951v07p2-d63.</pre>
 *
 * A document entered alone is cited as an archival item: sender to recipient, kind and number, place, date,
 * file number, the archive and the URL. Three or more editors are cited as the first "et al.", as Chicago
 * (18th edition) shortens three or more names in a note.
 *
 * @param lead   the text before the italic title of the volume
 * @param italic the title of the volume (empty for a document entered alone)
 * @param tail   the text after it
 */
public record ChicagoNote(String lead, String italic, String tail) {

    public static ChicagoNote of(CitedDocument d) {
        List<String> head = new ArrayList<>();
        head.add(withoutFinalStop(d.volume() != null ? d.title() : correspondents(d)));
        // a volume's heading already says what the document is; its number is what the heading lacks
        String kind = d.volume() != null && d.telegramNumber() == null ? null : d.kindWithNumber();
        addIfPresent(head, kind == null ? null : kind.toLowerCase(Locale.ENGLISH));
        addIfPresent(head, d.place());
        addIfPresent(head, CitationDate.phrase(d.date()));
        if (d.volume() == null) {
            addIfPresent(head, d.fileNumber());
            head.add(CitedDocument.ARCHIVE);
            head.add(d.url());
            return new ChicagoNote(String.join(", ", head) + ".", "", "");
        }
        CitedDocument.Volume v = d.volume();
        StringBuilder tail = new StringBuilder(editors(v.editors()));
        tail.append(" (").append(imprint(v)).append(')');
        if (v.documentLabel() != null) {
            tail.append(", ").append(v.documentLabel());
        }
        tail.append(", ").append(d.url()).append('.');
        return new ChicagoNote(String.join(", ", head) + ", in ", v.title(), tail.toString());
    }

    /** The note as plain text, as it is copied. */
    public String text() {
        return lead + italic + tail;
    }

    /** "Charge in the Soviet Union (Cumming) to Secretary of State", or the title where the parties are not known. */
    private static String correspondents(CitedDocument d) {
        if (d.sender().known() && d.recipient().known()) {
            return d.sender().display() + " to " + d.recipient().display();
        }
        return d.title();
    }

    static String editors(List<String> editors) {
        return switch (editors.size()) {
            case 0 -> "";
            case 1 -> ", ed. " + editors.get(0);
            case 2 -> ", eds. " + editors.get(0) + " and " + editors.get(1);
            default -> ", eds. " + editors.get(0) + " et al.";
        };
    }

    /** "Washington: Government Printing Office, 1983", or as much of it as is known. */
    private static String imprint(CitedDocument.Volume v) {
        String where = v.place() == null ? v.publisher() : v.place() + ": " + v.publisher();
        if (v.publishedYear() == null) {
            return where == null ? "n.d." : where + ", n.d.";
        }
        return where == null ? String.valueOf(v.publishedYear()) : where + ", " + v.publishedYear();
    }

    private static void addIfPresent(List<String> parts, String part) {
        if (part != null && !part.isBlank()) {
            parts.add(part);
        }
    }

    private static String withoutFinalStop(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
