package org.cablearchive.ingest.tei;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.cablearchive.records.Body;
import org.cablearchive.records.DocumentDate;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentDraft.FootnoteDraft;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.Party;
import org.cablearchive.records.VolumeDocumentDraft;
import org.cablearchive.records.VolumeDocumentDraft.Mention;

/** Turns one document div (read into memory) into its draft: body, footnotes, references, fields, pages. */
final class DocumentAssembler {

    /**
     * Where the div stands: its volume, the ids to use, the page breaks moved into it from before its start tag,
     * and the {@code @n} of the last page break before it (null when none).
     */
    record Context(String volumeId, String xmlId, String chapterXmlId, List<El> movedPageBreaks, String pageBefore) { }

    /** The draft and the {@code @n} of the last page break inside the div (null when none). */
    record Assembled(VolumeDocumentDraft document, String lastPage) {

        /** The same document with page breaks that follow it (after the volume's last document) appended. */
        Assembled withTrailingPageBreaks(List<El> pbs) {
            if (pbs.isEmpty()) {
                return this;
            }
            DocumentDraft d = document.draft();
            String xml = d.body().xml();
            Body body = Body.of(xml.substring(0, xml.length() - "</body>".length()) + BodyWriter.pageBreaks(pbs) + "</body>");
            Integer pageEnd = page(pbs.get(pbs.size() - 1).attr("n"));
            DocumentDraft moved = new DocumentDraft(d.type(), d.title(), d.sourceNote(), d.fileNumber(),
                    d.classification(), d.precedence(), d.handling(), d.telegramNumber(), d.date(), d.place(), d.sender(),
                    d.recipient(), body, d.footnotes(), d.references(), d.distribution(), d.signature(), d.pageStart(),
                    pageEnd);
            return new Assembled(new VolumeDocumentDraft(document.xmlId(), document.number(), document.chapterXmlId(),
                    moved, document.mentions()), lastPage);
        }
    }

    private DocumentAssembler() {
    }

    static Assembled assemble(El div, Context ctx, Consumer<String> warn) {
        DocumentDate date = TeiDates.read(div, ctx.xmlId(), warn);
        BodyWriter writer = new BodyWriter(ctx.volumeId(), date.isUndated() ? null : date.earliest());
        String xml = writer.body(ctx.movedPageBreaks(), div);
        DocumentFields f = new DocumentFields(div);
        String title = f.title();
        String sourceNote = f.sourceNote();
        DocumentType type = f.type(title, sourceNote);
        TeiMarkings.Reading marks = f.openerMarkings();
        if (!marks.any()) {
            marks = TeiMarkings.sourceNote(sourceNote);
        }
        Party[] parties = HeadParties.read(f.head(), title, type);
        String place = DocumentFields.place(TeiDates.dateline(div));

        String start = ctx.pageBefore();
        String last = null;
        for (El pb : ctx.movedPageBreaks()) {
            start = pb.attr("n");
            last = start;
        }
        start = leadingPage(div, start);
        String[] inside = {null};
        div.descendants(e -> false, e -> {
            if (e.isTei("pb")) {
                inside[0] = e.attr("n");
            }
        });
        last = inside[0] != null ? inside[0] : last;
        Integer pageStart = page(start);
        Integer pageEnd = last == null ? pageStart : page(last);

        check(div, ctx.xmlId(), writer.footnotes(), warn);
        DocumentDraft draft = new DocumentDraft(type, title, sourceNote, f.fileNumber(sourceNote), marks.classification(),
                marks.precedence(), marks.handling(), f.telegramNumber(title, type), date, place, parties[0], parties[1],
                Body.of(xml), writer.footnotes(), writer.references(), null, f.signature(), pageStart, pageEnd);
        VolumeDocumentDraft document = new VolumeDocumentDraft(ctx.xmlId(), div.attr("n"), ctx.chapterXmlId(), draft,
                mentions(div));
        return new Assembled(document, inside[0]);
    }

    /**
     * Page breaks before any content of the div count as "before" it, like those moved in: the document begins
     * on that page. This keeps pageStart the same when an exported document (moved breaks inside) is read again.
     */
    private static String leadingPage(El div, String start) {
        for (Object c : div.children) {
            if (c instanceof String) {
                if (((String) c).isBlank()) {
                    continue;
                }
                break;
            }
            El e = (El) c;
            if (!e.isTei("pb")) {
                break;
            }
            start = e.attr("n");
        }
        return start;
    }

    /** A printed page number when {@code @n} is all digits ("1475"); null for "XI", "[I]" or none. */
    static Integer page(String n) {
        if (n == null) {
            return null;
        }
        String s = n.strip();
        return s.matches("\\d{1,9}") ? Integer.valueOf(s) : null;
    }

    /** Persons named by {@code persName @corresp="#p_X"}; each (id, printed name) once, in order of appearance. */
    private static List<Mention> mentions(El div) {
        Set<Mention> mentions = new LinkedHashSet<>();
        div.descendants(e -> false, e -> {
            String corresp = e.isTei("persName") ? e.attr("corresp") : null;
            if (corresp != null) {
                String name = TeiText.all(e);
                for (String token : corresp.strip().split("\\s+")) {
                    if (token.startsWith("#") && token.length() > 1) {
                        mentions.add(new Mention(token.substring(1), name));
                    }
                }
            }
        });
        return new ArrayList<>(mentions);
    }

    /** Warnings for what a person should look at: notes that are not footnotes, duplicate keys, no text. */
    private static void check(El div, String id, List<FootnoteDraft> footnotes, Consumer<String> warn) {
        Set<String> keys = new HashSet<>();
        for (FootnoteDraft f : footnotes) {
            if (!keys.add(f.key())) {
                warn.accept(id + ": two footnotes have the xml:id \"" + f.key() + "\"; their anchors cannot be told apart.");
            }
        }
        div.descendants(e -> false, e -> {
            if (!e.isTei("note")) {
                return;
            }
            if (e.xmlId() == null && !("source".equals(e.attr("type")) && "inline".equals(e.attr("rend")))) {
                warn.accept(id + ": a note without xml:id at " + e.where() + " stays in the text where it stands, not "
                        + "as a footnote: \"" + abbreviate(TeiText.all(e)) + "\"");
            }
            e.descendants(x -> false, inner -> {
                if (inner.isTei("note") && inner.xmlId() != null && e.xmlId() != null) {
                    warn.accept(id + ": note " + inner.xmlId() + " inside footnote " + e.xmlId() + " stays part of that "
                            + "footnote.");
                }
            });
        });
        boolean text = false;
        for (Object c : div.children) {
            text |= c instanceof String ? !((String) c).isBlank() : !((El) c).isTei("head") && TeiText.hasText((El) c);
            if (text) {
                break;
            }
        }
        if (!text) {
            warn.accept(id + ": the document has no text below its head.");
        }
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "…";
    }
}
