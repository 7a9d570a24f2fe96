package org.cablearchive.records.tei.writer;

import static org.cablearchive.records.tei.TeiNames.BODY;
import static org.cablearchive.records.tei.TeiNames.FILE_DESC;
import static org.cablearchive.records.tei.TeiNames.IDNO;
import static org.cablearchive.records.tei.TeiNames.PUBLICATION_STMT;
import static org.cablearchive.records.tei.TeiNames.TEI_HEADER;
import static org.cablearchive.records.tei.TeiNames.TEXT;
import static org.cablearchive.records.tei.TeiNames.TITLE;
import static org.cablearchive.records.tei.TeiNames.TITLE_STMT;
import static org.cablearchive.records.tei.TeiNames.XML_ID;

import java.io.OutputStream;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cablearchive.people.PersonDraft;
import org.cablearchive.people.TermDraft;
import org.cablearchive.records.ChapterDraft;
import org.cablearchive.records.VolumeDocumentDraft;
import org.cablearchive.records.VolumeDraft;
import org.cablearchive.records.VolumePartDraft;

/**
 * Writes volumes and documents as FRUS TEI, the encoding the Office of the Historian publishes them in, so that
 * what the archive imported leaves it as it came (a volume read by the FRUS TEI reader and written here reads
 * back to the same drafts) and what was entered as plain text leaves it as a FRUS-style document.
 *
 * <p>The output is UTF-8, well-formed, with the TEI namespace as the default and {@code frus:} declared on the
 * root. Documents are streamed: a volume's documents come as an {@link Iterator} and each is written as soon as
 * it is taken, so a large volume is never held in memory. The caller's stream is flushed, never closed.
 *
 * <p>Stateless and thread-safe; it needs no Spring. Failures of the stream come as
 * {@link java.io.UncheckedIOException}; stored TEI that is not well-formed (a body or footnote the records should
 * never hold) as {@link IllegalArgumentException}. Either way what was written so far is an incomplete file.
 */
public final class FrusTeiWriter {

    /**
     * A whole volume: header (titles, editors, year, {@code idno type="frus"}), the persons and terms lists in
     * {@code front}, and in {@code body} the chapter tree with the documents in the order given.
     *
     * @param chapters  in printed order; each nests in its {@code parentXmlId}
     * @param documents in printed order; each goes into its innermost chapter
     */
    public void writeVolume(OutputStream out, VolumeDraft volume, List<PersonDraft> persons, List<TermDraft> terms,
                            List<ChapterDraft> chapters, Iterator<VolumeDocumentDraft> documents) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(volume, "volume");
        TeiOutput tei = new TeiOutput(out);
        tei.root().attribute(XML_ID, volume.id());
        VolumeHeader.write(tei, volume);
        tei.newline(1).start(TEXT);
        FrontLists.write(tei, orEmpty(persons), orEmpty(terms));
        tei.newline(2).start(BODY);
        ChapterTree tree = new ChapterTree(tei, orEmpty(chapters));
        Iterator<VolumeDocumentDraft> docs = documents == null ? Collections.emptyIterator() : documents;
        while (docs.hasNext()) {
            VolumeDocumentDraft document = docs.next();
            tree.enter(document.chapterXmlId());
            tei.newline(tree.level());
            DocumentDiv.write(tei, document);
        }
        tree.finish();
        tei.newline(2).end().newline(1).end().newline(0).end();
        tei.finish();
    }

    /**
     * A volume kept whole, as it was imported: its parts (header, front and back matter, chapters, whatever stands
     * between documents) written back verbatim in file order, each document in its place. Exported after an
     * import, the file is the imported one, compared as canonical XML.
     *
     * @param parts     the volume's parts in file order
     * @param documents the documents the reader may see, in volume order
     * @param placed    the xml:ids of the documents that have a place among the parts
     */
    public void writeKeptVolume(OutputStream out, Iterator<VolumePartDraft> parts, Iterator<VolumeDocumentDraft> documents,
                                Set<String> placed) {
        Objects.requireNonNull(out, "out");
        TeiOutput tei = new TeiOutput(out);
        new KeptVolume(tei, documents == null ? Collections.emptyIterator() : documents, placed).write(parts);
        tei.finish();
    }

    /**
     * One document as a standalone TEI file: {@code <TEI>} with a minimal {@code teiHeader} (title = the
     * document's title, {@code idno} = {@code documentId}) and {@code text/body} holding its
     * {@code <div type="document">}, written exactly as in a volume.
     */
    public void writeDocument(OutputStream out, String documentId, VolumeDocumentDraft document) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(document, "document");
        TeiOutput tei = new TeiOutput(out);
        tei.root();
        String title = document.draft().title() != null ? document.draft().title() : documentId;
        tei.newline(1).start(TEI_HEADER).start(FILE_DESC);
        tei.start(TITLE_STMT).start(TITLE).text(title).end().end();
        tei.start(PUBLICATION_STMT);
        tei.element(IDNO, documentId);
        tei.end();
        VolumeHeader.sourceDesc(tei);
        tei.end().end();
        tei.newline(1).start(TEXT).start(BODY).newline(3);
        DocumentDiv.write(tei, document);
        tei.newline(2).end().newline(1).end().newline(0).end();
        tei.finish();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
