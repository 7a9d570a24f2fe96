package org.cablearchive.records.tei.writer;

import static org.cablearchive.records.tei.TeiNames.CLOSER;
import static org.cablearchive.records.tei.TeiNames.DATE;
import static org.cablearchive.records.tei.TeiNames.DATELINE;
import static org.cablearchive.records.tei.TeiNames.FROM;
import static org.cablearchive.records.tei.TeiNames.GLOSS;
import static org.cablearchive.records.tei.TeiNames.HEAD;
import static org.cablearchive.records.tei.TeiNames.HI;
import static org.cablearchive.records.tei.TeiNames.NOTE;
import static org.cablearchive.records.tei.TeiNames.OPENER;
import static org.cablearchive.records.tei.TeiNames.P;
import static org.cablearchive.records.tei.TeiNames.PERS_NAME;
import static org.cablearchive.records.tei.TeiNames.PLACE_NAME;
import static org.cablearchive.records.tei.TeiNames.REND;
import static org.cablearchive.records.tei.TeiNames.RENDITION;
import static org.cablearchive.records.tei.TeiNames.SEG;
import static org.cablearchive.records.tei.TeiNames.SIGNED;
import static org.cablearchive.records.tei.TeiNames.TO;
import static org.cablearchive.records.tei.TeiNames.TYPE;
import static org.cablearchive.records.tei.TeiNames.WHEN;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cablearchive.records.Classification;
import org.cablearchive.records.DocumentDate;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentDraft.FootnoteDraft;
import org.cablearchive.records.Party;
import org.cablearchive.records.Precedence;
import org.cablearchive.records.VolumeDocumentDraft;

/**
 * The inside of a document div made from a draft entered as plain text, in the encoding of the legacy (1951)
 * FRUS volumes, which is the form such documents are copied from:
 *
 * <pre>{@code
 * <note rend="inline" type="source">611.61/10–1551: Telegram</note>
 * <head>The <gloss type="from">Charge in the Soviet Union</gloss> (<persName type="from">Cumming</persName>) to the
 *       <gloss type="to">Secretary of State</gloss></head>
 * <opener><dateline rendition="#right"><date when="1951-10-15">October 15, 1951</date>.</dateline>
 *   <seg rendition="#left"><hi rend="smallcaps">top secret &#x2003; priority</hi></seg></opener>
 * <p>639. Re Embtel 634, October 15. …</p> … <p>Dept pass London, Paris (its discretion).</p>
 * <closer><signed>Cumming</signed></closer>
 * }</pre>
 *
 * The source note comes before the head, where 1951 volumes print it. Footnotes are written in full at their
 * anchors; one whose mark the body does not hold (the reader found it on the title) goes at the end of the head,
 * as FRUS places a head's footnotes.
 */
final class PlainTextDocument {

    /** 1951 volumes separate classification and precedence by an em space between spaces. */
    static final String MARKING_SEPARATOR = " \u2003 ";

    private PlainTextDocument() {
    }

    static void write(TeiOutput out, VolumeDocumentDraft document, Set<String> referenceKeys) {
        DocumentDraft d = document.draft();
        FragmentCopier copier = new FragmentCopier(out, d.footnotes(), referenceKeys, document.xmlId(),
                d.telegramNumber());
        if (d.sourceNote() != null) {
            out.start(NOTE).attribute(REND, "inline").attribute(TYPE, "source").text(d.sourceNote()).end();
        }
        if (d.title() != null) {
            out.start(HEAD);
            head(out, d);
            for (FootnoteDraft f : DocumentDiv.unanchored(d)) {
                boolean source = f.text() != null && f.text().startsWith("Source:");
                copier.writeFootnote(f, null, source ? "source" : null);
            }
            out.end();
        }
        opener(out, d);
        if (copier.pendingTelegramNumber() != null && d.body().paragraphCount() == 0) {
            out.element(P, copier.pendingTelegramNumber() + ".");
        }
        copier.copyBody(d.body());
        for (FootnoteDraft f : copier.unwrittenFootnotes()) {
            copier.writeFootnote(f, null, null); // no title to hang them on: kept at the end
        }
        out.element(P, d.distribution());
        if (d.signature() != null) {
            out.start(CLOSER).element(SIGNED, d.signature()).end();
        }
    }

    /** The title, with sender and recipient marked where the title names them, in the order they appear. */
    private static void head(TeiOutput out, DocumentDraft d) {
        String title = d.title();
        List<Span> spans = new ArrayList<>();
        int from = mark(spans, title, 0, d.sender(), "from");
        mark(spans, title, from, d.recipient(), "to");
        int pos = 0;
        for (Span s : spans) {
            out.text(title.substring(pos, s.start()));
            out.start(s.element()).attribute(TYPE, s.type()).text(title.substring(s.start(), s.end())).end();
            pos = s.end();
        }
        out.text(title.substring(pos));
    }

    private static int mark(List<Span> spans, String title, int from, Party party, String type) {
        from = mark(spans, title, from, party.role(), GLOSS, type);
        return mark(spans, title, from, party.name(), PERS_NAME, type);
    }

    private static int mark(List<Span> spans, String title, int from, String value, String element, String type) {
        int at = value == null ? -1 : title.indexOf(value, from);
        if (at < 0) {
            return from;
        }
        spans.add(new Span(at, at + value.length(), element, type));
        return at + value.length();
    }

    private record Span(int start, int end, String element, String type) { }

    private static void opener(TeiOutput out, DocumentDraft d) {
        String markings = markings(d);
        boolean dated = !d.date().isUndated();
        if (!dated && d.place() == null && markings == null) {
            return;
        }
        out.start(OPENER);
        if (dated || d.place() != null) {
            out.start(DATELINE).attribute(RENDITION, "#right");
            if (d.place() != null) {
                out.start(PLACE_NAME).start(HI).attribute(REND, "smallcaps").text(d.place()).end().end();
                out.text(dated ? ", " : ".");
            }
            if (dated) {
                date(out, d.date());
                out.text(".");
            }
            out.end();
        }
        if (markings != null) {
            out.start(SEG).attribute(RENDITION, "#left")
                    .start(HI).attribute(REND, "smallcaps").text(markings).end().end();
        }
        out.end();
    }

    private static void date(TeiOutput out, DocumentDate date) {
        out.start(DATE);
        String iso = date.iso();
        int slash = iso.indexOf('/');
        if (slash >= 0) {
            out.attribute(FROM, iso.substring(0, slash)).attribute(TO, iso.substring(slash + 1));
        } else {
            out.attribute(WHEN, iso);
        }
        out.text(date.display()).end();
    }

    /** Classification, precedence and handling as a 1951 volume prints them: "top secret &#x2003; priority". */
    static String markings(DocumentDraft d) {
        List<String> parts = new ArrayList<>();
        if (d.classification() != Classification.UNKNOWN) {
            parts.add(d.classification().label().toLowerCase(Locale.ROOT));
        }
        if (d.precedence() != Precedence.UNKNOWN) {
            parts.add(d.precedence().label().toLowerCase(Locale.ROOT));
        }
        parts.addAll(d.handling()); // caveats stay as printed, in capitals
        return parts.isEmpty() ? null : String.join(MARKING_SEPARATOR, parts);
    }
}
