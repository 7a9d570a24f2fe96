package org.cablearchive.records.tei.reader;

import static org.cablearchive.records.tei.TeiNames.BACK;
import static org.cablearchive.records.tei.TeiNames.DIV;
import static org.cablearchive.records.tei.TeiNames.DOCUMENT;
import static org.cablearchive.records.tei.TeiNames.FRONT;
import static org.cablearchive.records.tei.TeiNames.HEAD;
import static org.cablearchive.records.tei.TeiNames.N;
import static org.cablearchive.records.tei.TeiNames.PB;
import static org.cablearchive.records.tei.TeiNames.TEI_HEADER;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.cablearchive.records.ChapterDraft;
import org.cablearchive.records.VolumeDraft;
import org.cablearchive.records.VolumePartDraft.Kind;
import org.cablearchive.records.VolumePartDraft.Zone;
import org.cablearchive.records.VolumePartDraft;
import org.cablearchive.records.VolumeSink;

/**
 * One pass over one file (one instance per {@link FrusTeiReader#read} call). Walks the element tree as a stream;
 * only a document div, or one element outside documents, is read into memory at a time.
 *
 * <p>The structural walk keeps the volume whole: every element that holds documents (TEI, text, front, body,
 * back, group, and every div that is not a document) is sent as an OPEN and a CLOSE part around what it holds;
 * every other element outside documents (the teiHeader, a head, a paragraph at chapter level, a page break
 * between documents, a list) as one FRAGMENT, verbatim; text that is not white space as TEXT; and each document
 * as a DOCUMENT part holding its div's start tag, just before the document itself. What the archive models as
 * records (the volume, chapters, persons and terms, documents) is read from the same elements on the way.
 */
final class VolumeReading {

    private final XMLStreamReader r;
    private final String fileName;
    private final VolumeSink sink;
    private final Deque<OpenDiv> openDivs = new ArrayDeque<>();
    private final UniqueIds documentIds;
    private final UniqueIds chapterIds;
    private String rootId;
    private String rootTag;
    private String volumeId;
    private boolean volumeSent;
    private String lastPage;
    private int documents;
    private int anonymousDivs;

    VolumeReading(XMLStreamReader r, String fileName, VolumeSink sink) {
        this.r = r;
        this.fileName = fileName;
        this.sink = sink;
        this.documentIds = new UniqueIds(sink::warning);
        this.chapterIds = new UniqueIds(sink::warning);
    }

    void run() throws XMLStreamException {
        root();
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break; // the root's end: whatever follows is not read
            }
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (!r.isWhiteSpace()) {
                    ensureVolume();
                    part(Kind.TEXT, Zone.OTHER, null, r.getText());
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (tei(TEI_HEADER) && !volumeSent) {
                El header = Subtrees.read(r, "The teiHeader");
                sendVolume(TeiHeaderReader.read(header, rootId, fileName));
                part(Kind.FRAGMENT, Zone.HEADER, header.xmlId(), BodyWriter.verbatim(header));
            } else if (tei("text")) {
                ensureVolume();
                container(Zone.OTHER, null);
            } else {
                ensureVolume();
                fragment(Zone.OTHER, null);
            }
        }
        ensureVolume();
        part(Kind.CLOSE, Zone.OTHER, null, null);
        finish();
    }

    /** Refuses a DTD and anything but a TEI root, before reading further. */
    private void root() throws XMLStreamException {
        int event = r.getEventType();
        while (event != XMLStreamConstants.START_ELEMENT) {
            if (event == XMLStreamConstants.DTD) {
                throw new TeiImportException("The file declares a DTD (<!DOCTYPE …>) at " + Subtrees.location(r)
                        + ". FRUS TEI files have none, and DTDs are refused because they can make a parser read files "
                        + "of the server (XXE) or expand entities without bound (\"billion laughs\").");
            }
            if (!r.hasNext()) {
                throw new TeiImportException("The file holds no XML element at all; a FRUS volume is a <TEI> element.");
            }
            event = r.next();
        }
        if (!tei("TEI")) {
            String ns = r.getNamespaceURI();
            throw new TeiImportException("The file is XML but not a FRUS TEI volume: its root element is <"
                    + qname() + ">" + (ns == null || ns.isEmpty() ? " in no namespace" : " in the namespace " + ns)
                    + " (line " + r.getLocation().getLineNumber() + "), where a volume has <TEI xmlns=\"" + El.TEI
                    + "\">." + (DIV.equals(r.getLocalName()) ? " A single document div must be wrapped in a TEI root"
                    + " that declares the TEI and frus namespaces." : ""));
        }
        rootId = r.getAttributeValue(El.XML, "id");
        rootTag = BodyWriter.verbatim(Subtrees.start(r)); // sent once the volume is known
    }

    /** The element at {@code r} holds documents or may: OPEN, its content walked, CLOSE. */
    private void container(Zone zone, OpenDiv frame) throws XMLStreamException {
        part(Kind.OPEN, zone, r.getAttributeValue(El.XML, "id"), BodyWriter.verbatim(Subtrees.start(r)));
        walk(zone, frame);
        part(Kind.CLOSE, zone, null, null);
    }

    /** Processes the children of the current element until its end tag. */
    private void walk(Zone zone, OpenDiv frame) throws XMLStreamException {
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (!r.isWhiteSpace()) {
                    if (frame != null) {
                        frame.started = true;
                    }
                    part(Kind.TEXT, zone, null, r.getText());
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            boolean pb = tei(PB);
            if (frame != null && !frame.started && tei(HEAD)) {
                frame.head = fragment(zone, null);
                frame.started = true;
                if (frame.eager) {
                    emit(frame);
                }
                continue;
            }
            if (frame != null && !pb) {
                frame.started = true;
                if (frame.eager && !frame.emitted) {
                    emit(frame);
                }
            }
            if (tei(FRONT)) {
                container(Zone.FRONT, null);
            } else if (tei("body")) {
                container(Zone.BODY, null);
            } else if (tei(BACK)) {
                container(Zone.BACK, null);
            } else if (tei("text") || tei("group")) {
                container(zone, null);
            } else if (tei(DIV)) {
                div(zone);
            } else {
                fragment(zone, frame);
            }
        }
    }

    /** One element outside any document, kept as it is; the entries of a persons or terms list are read from it. */
    private El fragment(Zone zone, OpenDiv frame) throws XMLStreamException {
        String name = qname();
        El e = Subtrees.read(r, "<" + name + "> at " + Subtrees.location(r));
        e.descendantsAndSelf(x -> {
            if (x.isTei(PB)) {
                lastPage = x.attr(N);
            }
        });
        if (frame != null && frame.list != null) {
            PersonAndTermEntries.entries(e, frame.list.equals("persons"), sink);
        }
        part(Kind.FRAGMENT, zone, e.xmlId(), BodyWriter.verbatim(e));
        return e;
    }

    private void div(Zone zone) throws XMLStreamException {
        String type = r.getAttributeValue(null, "type");
        String id = r.getAttributeValue(El.XML, "id");
        if (DOCUMENT.equals(type)) {
            document(zone, id);
            return;
        }
        OpenDiv f = new OpenDiv(id, type, Subtrees.location(r));
        if ((zone == Zone.FRONT || zone == Zone.BACK) && ("persons".equals(id) || "terms".equals(id))) {
            f.list = id;
        }
        openDivs.push(f);
        container(zone, f);
        openDivs.pop();
        if (f.eager && !f.emitted) {
            emit(f); // an empty chapter still belongs to the table of contents
        }
    }

    private void document(Zone zone, String rawId) throws XMLStreamException {
        String where = Subtrees.location(r);
        El div = Subtrees.read(r, "Document " + (rawId != null ? rawId : "at " + where));
        if (!openDivs.isEmpty()) {
            emit(openDivs.peek()); // the chapters around a document come before it
        }
        String id = documentIds.take(rawId, div.attr(N) == null ? null : "d" + div.attr(N).strip(),
                "d-" + (documents + 1), "document", where);
        DocumentAssembler.Context context = new DocumentAssembler.Context(volumeId, id,
                openDivs.isEmpty() ? null : openDivs.peek().xmlId, lastPage);
        DocumentAssembler.Assembled doc = DocumentAssembler.assemble(div, context, sink::warning);
        if (doc.lastPage() != null) {
            lastPage = doc.lastPage();
        }
        part(Kind.DOCUMENT, zone, id, BodyWriter.verbatim(div.startTag()));
        sink.document(doc.document());
        documents++;
    }

    /** Sends {@code f} and every open div around it that is not sent yet, outermost first. */
    private void emit(OpenDiv f) {
        Iterator<OpenDiv> outermostFirst = openDivs.descendingIterator();
        String parent = null;
        while (outermostFirst.hasNext()) {
            OpenDiv each = outermostFirst.next();
            if (!each.emitted) {
                each.xmlId = chapterIds.take(each.rawId, null, "div-" + (++anonymousDivs),
                        each.kind.toLowerCase(Locale.ROOT), each.where);
                String title = each.head == null ? null : TeiText.blankToNull(TeiText.withoutNotes(each.head));
                sink.chapter(new ChapterDraft(each.xmlId, parent, each.kind, title,
                        each.head == null ? null : BodyWriter.verbatim(each.head)));
                each.emitted = true;
            }
            parent = each.xmlId;
            if (each == f) {
                return;
            }
        }
    }

    private void finish() {
        if (documents == 0) {
            throw new TeiImportException("The file is TEI but holds no documents: there is no <div type=\"document\"> "
                    + "in it, so there is nothing to import.");
        }
    }

    private void ensureVolume() {
        if (!volumeSent) {
            sendVolume(TeiHeaderReader.read(null, rootId, fileName));
            sink.warning("The file has no teiHeader: the volume has no title or editors, and its id \"" + volumeId
                    + "\" is taken from " + (rootId != null ? "the root's xml:id." : "the file name."));
        }
    }

    private void sendVolume(VolumeDraft volume) {
        volumeId = volume.id();
        volumeSent = true;
        sink.volume(volume);
        part(Kind.OPEN, Zone.OTHER, rootId, rootTag);
    }

    private void part(Kind kind, Zone zone, String xmlId, String tei) {
        sink.part(new VolumePartDraft(kind, zone, xmlId, tei));
    }

    private boolean tei(String local) {
        return El.TEI.equals(r.getNamespaceURI()) && local.equals(r.getLocalName());
    }

    private String qname() {
        String p = r.getPrefix();
        return p == null || p.isEmpty() ? r.getLocalName() : p + ":" + r.getLocalName();
    }
}
