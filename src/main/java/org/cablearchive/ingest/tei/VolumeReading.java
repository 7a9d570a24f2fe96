package org.cablearchive.ingest.tei;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.cablearchive.records.ChapterDraft;

/**
 * One pass over one file (one instance per {@link FrusTeiReader#read} call). Walks the element tree as a stream;
 * only a document div, a head or a list item at a time is read into memory. Keeps the chapter divs that are open,
 * the page breaks waiting for the next document, and the last document, held back until it is known whether
 * page breaks follow the volume's last document (the contract moves them into it).
 */
final class VolumeReading {

    private enum Zone { TEXT, FRONT, BODY, BACK }

    private final XMLStreamReader r;
    private final String fileName;
    private final VolumeSink sink;
    private final Deque<OpenDiv> openDivs = new ArrayDeque<>();
    private final List<El> pendingPageBreaks = new ArrayList<>();
    private final UniqueIds documentIds;
    private final UniqueIds chapterIds;
    private final List<String> skippedSections = new ArrayList<>();
    private String rootId;
    private String volumeId;
    private boolean volumeSent;
    private boolean looseBodyTextReported;
    private String lastPage;
    private DocumentAssembler.Assembled held;
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
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (tei("teiHeader") && !volumeSent) {
                sendVolume(TeiHeaderReader.read(Subtrees.read(r, "The teiHeader"), rootId, fileName));
            } else if (tei("text")) {
                ensureVolume();
                walk(Zone.TEXT, null);
            } else {
                Subtrees.skip(r, n -> lastPage = n);
            }
        }
        ensureVolume();
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
                    + "\">." + ("div".equals(r.getLocalName()) ? " A single document div must be wrapped in a TEI root"
                    + " that declares the TEI and frus namespaces." : ""));
        }
        rootId = r.getAttributeValue(El.XML, "id");
    }

    /** Processes the children of the current element until its end tag. */
    private void walk(Zone zone, OpenDiv frame) throws XMLStreamException {
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                looseText(zone, frame);
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            boolean pb = tei("pb");
            if (frame != null && !frame.started && tei("head")) {
                frame.head = Subtrees.read(r, "The head of " + frame.label);
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
            if (pb) {
                El page = Subtrees.read(r, "A page break");
                lastPage = page.attr("n");
                if (zone == Zone.BODY || frame != null) {
                    pendingPageBreaks.add(page); // moves into the next document (or is dropped with its section)
                }
            } else if (tei("front")) {
                walk(Zone.FRONT, null);
            } else if (tei("body")) {
                walk(Zone.BODY, null);
            } else if (tei("back")) {
                walk(Zone.BACK, null);
            } else if (tei("text") || tei("group")) {
                walk(Zone.TEXT, null);
            } else if (tei("div")) {
                div(zone);
            } else {
                outside(zone, frame);
            }
        }
    }

    private void div(Zone zone) throws XMLStreamException {
        String type = r.getAttributeValue(null, "type");
        String id = r.getAttributeValue(El.XML, "id");
        if ("document".equals(type)) {
            document(id);
            return;
        }
        if ((zone == Zone.FRONT || zone == Zone.BACK) && ("persons".equals(id) || "terms".equals(id))) {
            FrontLists.read(r, "persons".equals(id), sink, n -> lastPage = n);
            return;
        }
        OpenDiv f = new OpenDiv(id, type, pendingPageBreaks.size(), Subtrees.location(r));
        openDivs.push(f);
        walk(zone, f);
        openDivs.pop();
        if (f.emitted) {
            return;
        }
        if (f.eager) {
            emit(f); // an empty chapter still belongs to the table of contents
            return;
        }
        // A section without documents (preface, index, appendix): its page breaks go with it.
        pendingPageBreaks.subList(Math.min(f.pendingMark, pendingPageBreaks.size()), pendingPageBreaks.size()).clear();
        if (openDivs.isEmpty() || openDivs.peek().emitted) {
            skippedSections.add(f.rawId != null ? f.rawId : f.label);
        }
    }

    private void document(String rawId) throws XMLStreamException {
        String where = Subtrees.location(r);
        El div = Subtrees.read(r, "Document " + (rawId != null ? rawId : "at " + where));
        if (!openDivs.isEmpty()) {
            emit(openDivs.peek()); // the chapters around a document come before it
        }
        String id = documentIds.take(rawId, div.attr("n") == null ? null : "d" + div.attr("n").strip(),
                "d-" + (documents + 1), "document", where);
        DocumentAssembler.Context context = new DocumentAssembler.Context(volumeId, id,
                openDivs.isEmpty() ? null : openDivs.peek().xmlId, List.copyOf(pendingPageBreaks), lastPage);
        pendingPageBreaks.clear();
        DocumentAssembler.Assembled doc = DocumentAssembler.assemble(div, context, sink::warning);
        if (doc.lastPage() != null) {
            lastPage = doc.lastPage();
        }
        release();
        held = doc;
        documents++;
    }

    /** An element outside any document: skipped; reported where it may be content a person expects to find. */
    private void outside(Zone zone, OpenDiv frame) throws XMLStreamException {
        String name = qname();
        String where = Subtrees.location(r);
        Subtrees.skip(r, n -> lastPage = n);
        if (zone == Zone.BODY || frame != null && (frame.eager || frame.emitted)) {
            sink.warning("<" + name + "> at " + where + (frame == null ? " in the body" : " in " + frame.label)
                    + " lies outside any document and is not imported.");
        }
    }

    private void looseText(Zone zone, OpenDiv frame) {
        if (r.isWhiteSpace() || !(zone == Zone.BODY || frame != null && (frame.eager || frame.emitted))) {
            return;
        }
        if (frame == null ? !looseBodyTextReported : !frame.looseTextReported) {
            sink.warning("Text at " + Subtrees.location(r) + (frame == null ? " in the body" : " in " + frame.label)
                    + " lies outside any document and is not imported: \""
                    + DocumentAssembler.abbreviate(TeiText.normalise(r.getText())) + "\"");
            looseBodyTextReported |= frame == null;
            if (frame != null) {
                frame.looseTextReported = true;
            }
        }
    }

    /** Sends {@code f} and every open div around it that is not sent yet, outermost first. */
    private void emit(OpenDiv f) {
        Iterator<OpenDiv> outermostFirst = openDivs.descendingIterator();
        String parent = null;
        while (outermostFirst.hasNext()) {
            OpenDiv each = outermostFirst.next();
            if (!each.emitted) {
                release();
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

    private void release() {
        if (held != null) {
            sink.document(held.document());
            held = null;
        }
    }

    private void finish() {
        if (held != null) {
            held = held.withTrailingPageBreaks(pendingPageBreaks); // pages after the last document end it
            pendingPageBreaks.clear();
            release();
        }
        if (documents == 0) {
            throw new TeiImportException("The file is TEI but holds no documents: there is no <div type=\"document\"> "
                    + "in it, so there is nothing to import.");
        }
        if (!pendingPageBreaks.isEmpty()) {
            List<String> pages = new ArrayList<>();
            pendingPageBreaks.forEach(pb -> pages.add(pb.attr("n")));
            sink.warning("Page breaks after the last chapter's documents belong to no document and are not imported: "
                    + pages);
        }
        if (!skippedSections.isEmpty()) {
            sink.warning("Front and back matter sections without documents are not imported (persons and terms are): "
                    + String.join(", ", skippedSections));
        }
    }

    private void ensureVolume() {
        if (!volumeSent) {
            sendVolume(TeiHeaderReader.read(null, rootId, fileName));
            sink.warning("The file has no teiHeader: the volume has no title or editors, and its id \"" + volumeId
                    + "\" is taken from " + (rootId != null ? "the root's xml:id." : "the file name."));
        }
    }

    private void sendVolume(org.cablearchive.records.VolumeDraft volume) {
        volumeId = volume.id();
        volumeSent = true;
        sink.volume(volume);
    }

    private boolean tei(String local) {
        return El.TEI.equals(r.getNamespaceURI()) && local.equals(r.getLocalName());
    }

    private String qname() {
        String p = r.getPrefix();
        return p == null || p.isEmpty() ? r.getLocalName() : p + ":" + r.getLocalName();
    }
}
