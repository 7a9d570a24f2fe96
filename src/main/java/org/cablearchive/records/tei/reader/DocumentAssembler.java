package org.cablearchive.records.tei.reader;

import static org.cablearchive.records.tei.TeiNames.CORRESP;
import static org.cablearchive.records.tei.TeiNames.HEAD;
import static org.cablearchive.records.tei.TeiNames.N;
import static org.cablearchive.records.tei.TeiNames.NOTE;
import static org.cablearchive.records.tei.TeiNames.PERS_NAME;
import static org.cablearchive.records.tei.TeiNames.REND;
import static org.cablearchive.records.tei.TeiNames.TYPE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.cablearchive.records.Body;
import org.cablearchive.records.Correspondence;
import org.cablearchive.records.Dispatch;
import org.cablearchive.records.DocumentDate;
import org.cablearchive.records.DocumentDraft.FootnoteDraft;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentText;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.DraftingLine;
import org.cablearchive.records.Identification;
import org.cablearchive.records.Party;
import org.cablearchive.records.PrintedPages;
import org.cablearchive.records.VolumeDocumentDraft.Mention;
import org.cablearchive.records.VolumeDocumentDraft;

/** Turns one document div (read into memory) into its draft: body, footnotes, references, fields, pages. */
final class DocumentAssembler {

    /**
     * Where the div stands: its volume, the ids to use, and the {@code @n} of the last page break before it (null
     * when none).
     */
    record Context(String volumeId, String xmlId, String chapterXmlId, String pageBefore) { }

    /** The draft and the {@code @n} of the last page break inside the div (null when none). */
    record Assembled(VolumeDocumentDraft document, String lastPage) { }

    private DocumentAssembler() {
    }

    static Assembled assemble(El div, Context ctx, Consumer<String> warn) {
        DocumentDate date = TeiDates.read(div, ctx.xmlId(), warn);
        BodyWriter writer = new BodyWriter(ctx.volumeId(), date.isUndated() ? null : date.earliest());
        String xml = writer.body(div);
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

        Pages pages = Pages.of(div, ctx, warn);
        Integer pageStart = pages.start();
        Integer pageEnd = pages.end();
        List<String> participants = TeiParticipants.read(div);

        check(div, ctx.xmlId(), writer.footnotes(), warn);
        DocumentDraft draft = new DocumentDraft(new Identification(type, title, sourceNote, f.fileNumber(sourceNote),
                        DraftingLine.of(sourceNote, writer.footnotes())),
                new Dispatch(marks.classification(), marks.precedence(), marks.precedencePrinted(), marks.handling(),
                        f.telegramNumber(title, type)),
                new Correspondence(parties[0], parties[1], participants, date, place),
                new DocumentText(Body.of(xml), writer.footnotes(), writer.references(), null, f.signature()),
                new PrintedPages(pageStart, pageEnd, pages.first(), pages.last()));
        VolumeDocumentDraft document = new VolumeDocumentDraft(ctx.xmlId(), div.attr(N), ctx.chapterXmlId(), draft,
                mentions(div));
        return new Assembled(document, pages.lastBreak());
    }

    /** Persons named by {@code persName @corresp="#p_X"}; each (id, printed name) once, in order of appearance. */
    private static List<Mention> mentions(El div) {
        Set<Mention> mentions = new LinkedHashSet<>();
        div.descendants(e -> false, e -> {
            String corresp = e.isTei(PERS_NAME) ? e.attr(CORRESP) : null;
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
            if (!e.isTei(NOTE)) {
                return;
            }
            if (e.xmlId() == null && !("source".equals(e.attr(TYPE)) && "inline".equals(e.attr(REND)))) {
                warn.accept(id + ": a note without xml:id at " + e.where() + " stays in the text where it stands, not "
                        + "as a footnote: \"" + abbreviate(TeiText.all(e)) + "\"");
            }
            e.descendants(x -> false, inner -> {
                if (inner.isTei(NOTE) && inner.xmlId() != null && e.xmlId() != null) {
                    warn.accept(id + ": note " + inner.xmlId() + " inside footnote " + e.xmlId() + " stays part of that "
                            + "footnote.");
                }
            });
        });
        boolean text = false;
        for (Object c : div.children) {
            text |= c instanceof String ? !((String) c).isBlank() : !((El) c).isTei(HEAD) && TeiText.hasText((El) c);
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
