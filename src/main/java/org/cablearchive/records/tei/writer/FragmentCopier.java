package org.cablearchive.records.tei.writer;

import static org.cablearchive.records.tei.TeiNames.CORRESP;
import static org.cablearchive.records.tei.TeiNames.FRUS_PREFIX;
import static org.cablearchive.records.tei.TeiNames.N;
import static org.cablearchive.records.tei.TeiNames.NOTE;
import static org.cablearchive.records.tei.TeiNames.P;
import static org.cablearchive.records.tei.TeiNames.REF;
import static org.cablearchive.records.tei.TeiNames.TARGET;
import static org.cablearchive.records.tei.TeiNames.XML_ID;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.cablearchive.records.tei.Stax;
import org.cablearchive.records.tei.SecureXmlFactory;
import org.cablearchive.records.tei.XmlChars;
import org.cablearchive.records.Body;
import org.cablearchive.records.DocumentDraft.FootnoteDraft;

/**
 * Copies stored, namespace-free TEI (a document body, a footnote's {@code <note>}, a chapter's {@code <head>}) into
 * the output, event by event, putting plain elements into the TEI namespace and {@code frus:} ones into the frus
 * namespace. Attribute order, whitespace, comments and empty elements are kept, so that a volume read back gives
 * the very same body strings.
 *
 * <p>On the way it undoes what the TEI reader did to a document (see the contract): a hollow
 * {@code <note xml:id="K"/>} is refilled with footnote K, and the {@code corresp="#xrK"} the reader put on
 * {@code ref}s with a {@code @target} is dropped, and the target-less {@code <ref corresp>} that the readers wrap
 * around telegram shorthand is unwrapped (FRUS prints such references as plain text). For a document entered as
 * plain text it also puts the telegram number back in front of the first paragraph. One copier serves one
 * document.
 */
final class FragmentCopier {

    private static final XMLInputFactory INPUT = SecureXmlFactory.input(SecureXmlFactory.Text.WHOLE);
    private static final String WRAPPER_OPEN = "<fragment xmlns:frus=\"" + TeiOutput.FRUS + "\">";

    private final TeiOutput out;
    private final XMLStreamWriter xml;
    private final Map<String, FootnoteDraft> unwritten = new LinkedHashMap<>();
    private final Set<String> referenceKeys;
    private final String noteIdPrefix;
    private String telegramNumber;
    private int footnoteDepth;
    /** The namespaces declared on each open element written here; outside them, the root's (TEI, frus). */
    private final Deque<Map<String, String>> scopes = new ArrayDeque<>();

    /**
     * @param referenceKeys  the document's reference keys as written in {@code corresp} ("#xr1")
     * @param noteIdPrefix   put before the key of a footnote written from its text alone (the document's xml:id), or null
     * @param telegramNumber the number to put back in front of the first paragraph, or null
     */
    FragmentCopier(TeiOutput out, List<FootnoteDraft> footnotes, Set<String> referenceKeys,
                   String noteIdPrefix, String telegramNumber) {
        this.out = out;
        this.xml = out.raw();
        for (FootnoteDraft f : footnotes) {
            if (f.key() != null) {
                unwritten.putIfAbsent(f.key(), f);
            }
        }
        this.referenceKeys = referenceKeys;
        this.noteIdPrefix = noteIdPrefix;
        this.telegramNumber = telegramNumber == null || telegramNumber.isBlank() ? null : telegramNumber.strip();
    }

    /** A copier that changes nothing: for chapter heads, which carry neither hollow notes nor reader-made refs. */
    static FragmentCopier plain(TeiOutput out) {
        return new FragmentCopier(out, List.of(), Set.of(), null, null);
    }

    /** Writes the children of the body's {@code <body>} root. */
    void copyBody(Body body) {
        copy(body.xml());
    }

    /** Writes a stored element (or several); the frus prefix is declared around it in case the string does not. */
    void copyFragment(String fragment) {
        copy(WRAPPER_OPEN + fragment + "</fragment>");
    }

    /**
     * Writes the start tag that an OPEN or DOCUMENT part of a volume keeps as an empty element, and leaves the
     * element open for what it holds; {@link #closeElement()} ends it. The volume's root is written as
     * {@link TeiOutput#root()} writes it (both namespaces declared), with the kept attributes.
     */
    void openElement(String emptyTag, boolean root) {
        try {
            XMLStreamReader r = INPUT.createXMLStreamReader(new StringReader(WRAPPER_OPEN + emptyTag + "</fragment>"));
            try {
                r.nextTag(); // the wrapper
                r.nextTag();
                Start s = Start.read(r);
                if (root) {
                    out.root();
                    scopes.push(new HashMap<>(2));
                    writeAttributes(s, false);
                } else {
                    writeStart(s, false);
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("A kept start tag is not well-formed: " + e.getMessage(), e);
        }
    }

    /** Ends the element {@link #openElement} began last. */
    void closeElement() {
        try {
            writeEnd();
        } catch (XMLStreamException e) {
            throw Stax.failed(e);
        }
    }

    /** The telegram number while it still waits for a paragraph (none was met yet), else null. */
    String pendingTelegramNumber() {
        return telegramNumber;
    }

    /** The footnotes no anchor asked for yet, in order. */
    List<FootnoteDraft> unwrittenFootnotes() {
        return new ArrayList<>(unwritten.values());
    }

    /** Writes footnote {@code f} in full: its stored TEI, or a {@code <note>} made from its text. */
    void writeFootnote(FootnoteDraft f, String anchorN, String type) {
        unwritten.remove(f.key());
        footnoteDepth++;
        try {
            if (f.tei() != null) {
                copyFragment(f.tei());
            } else {
                List<Start.Attr> attrs = new ArrayList<>();
                attribute(attrs, "", "n", f.n() != null ? f.n() : anchorN);
                attribute(attrs, XMLConstants.XML_NS_URI, "id", noteId(f.key()));
                attribute(attrs, "", "type", type);
                writeStart(new Start("", "", NOTE, attrs), false);
                out.text(f.text());
                writeEnd();
            }
        } catch (XMLStreamException e) {
            throw Stax.failed(e);
        } finally {
            footnoteDepth--;
        }
    }

    private static void attribute(List<Start.Attr> attrs, String namespace, String local, String value) {
        if (value != null) {
            attrs.add(new Start.Attr(namespace.isEmpty() ? "" : "xml", namespace, local, value));
        }
    }

    private String noteId(String key) {
        return noteIdPrefix == null || key.startsWith(noteIdPrefix) ? key : noteIdPrefix + key;
    }

    private void copy(String xmlText) {
        try {
            XMLStreamReader r = INPUT.createXMLStreamReader(new StringReader(xmlText));
            try {
                while (r.next() != XMLStreamConstants.START_ELEMENT) {
                    // skip the prolog up to the root, whose children are what gets copied
                }
                copyChildren(r);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("Stored TEI is not well-formed: " + e.getMessage(), e);
        }
    }

    private void copyChildren(XMLStreamReader r) throws XMLStreamException {
        Deque<Boolean> open = new ArrayDeque<>(); // per open element: whether its end tag is written
        int event = r.next();
        while (true) {
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    Start s = Start.read(r);
                    int next = r.next();
                    if (next == XMLStreamConstants.END_ELEMENT) {
                        emptyElement(s);
                        event = r.next();
                    } else {
                        open.push(startElement(s));
                        event = next;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (open.isEmpty()) {
                        return; // the root's end
                    }
                    if (open.pop()) {
                        writeEnd();
                    }
                    event = r.next();
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    out.text(r.getText());
                    event = r.next();
                }
                case XMLStreamConstants.COMMENT -> {
                    xml.writeComment(r.getText());
                    event = r.next();
                }
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                    xml.writeProcessingInstruction(r.getPITarget(), r.getPIData());
                    event = r.next();
                }
                case XMLStreamConstants.END_DOCUMENT -> {
                    return;
                }
                default -> event = r.next();
            }
        }
    }

    private void emptyElement(Start s) throws XMLStreamException {
        if (s.isTei(NOTE) && s.value(XML_ID) != null && unwritten.containsKey(s.value(XML_ID))) {
            writeFootnote(unwritten.get(s.value(XML_ID)), s.value(N), null);
        } else if (unwrapped(s)) {
            return;
        } else if (numbersParagraph(s)) {
            startElement(s);
            writeEnd();
        } else {
            writeStart(s, true);
        }
    }

    /** Writes the start tag; false when the element is unwrapped (its end tag must be skipped too). */
    private boolean startElement(Start s) throws XMLStreamException {
        if (unwrapped(s)) {
            return false;
        }
        boolean number = numbersParagraph(s);
        writeStart(s, false);
        if (number) {
            out.text(telegramNumber + ". ");
            telegramNumber = null;
        }
        return true;
    }

    private boolean unwrapped(Start s) {
        return s.isTei(REF) && s.value(TARGET) == null && isReferenceKey(s.value(CORRESP));
    }

    /** Immutable sets refuse to look up null, and most elements have no corresp. */
    private boolean isReferenceKey(String corresp) {
        return corresp != null && referenceKeys.contains(corresp);
    }

    private boolean numbersParagraph(Start s) {
        return telegramNumber != null && footnoteDepth == 0 && s.isTei(P);
    }

    private void writeStart(Start s, boolean empty) throws XMLStreamException {
        String ns = s.namespace().isEmpty() ? TeiOutput.TEI : s.namespace();
        String prefix = ns.equals(TeiOutput.TEI) ? "" : ns.equals(TeiOutput.FRUS) ? "frus" : s.prefix();
        if (empty) {
            xml.writeEmptyElement(prefix, s.local(), ns);
        } else {
            xml.writeStartElement(prefix, s.local(), ns);
        }
        scopes.push(new HashMap<>(2));
        bind(prefix, ns);
        writeAttributes(s, s.isTei(REF) && s.value(TARGET) != null && isReferenceKey(s.value(CORRESP)));
        if (empty) {
            scopes.pop();
        }
    }

    private void writeAttributes(Start s, boolean dropCorresp) throws XMLStreamException {
        for (Start.Attr a : s.attributes()) {
            if (dropCorresp && a.qname().equals(CORRESP)) {
                continue;
            }
            if (a.namespace().isEmpty()) {
                xml.writeAttribute(a.local(), XmlChars.clean(a.value()));
            } else if (a.namespace().equals(XMLConstants.XML_NS_URI)) {
                xml.writeAttribute("xml", XMLConstants.XML_NS_URI, a.local(), XmlChars.clean(a.value()));
            } else {
                String p = a.namespace().equals(TeiOutput.FRUS) ? "frus" : a.prefix();
                bind(p, a.namespace());
                xml.writeAttribute(p, a.namespace(), a.local(), a.value());
            }
        }
    }

    private void writeEnd() throws XMLStreamException {
        xml.writeEndElement();
        scopes.pop();
    }

    /**
     * Declares a namespace on the element just started unless it is already in scope. The bindings are tracked
     * here, not asked of the writer: the JDK writer records a prefix it was handed even when nothing declares it.
     */
    private void bind(String prefix, String ns) throws XMLStreamException {
        if (ns.equals(inScope(prefix))) {
            return;
        }
        if (prefix.isEmpty()) {
            xml.writeDefaultNamespace(ns);
        } else {
            xml.writeNamespace(prefix, ns);
        }
        scopes.peek().put(prefix, ns);
    }

    private String inScope(String prefix) {
        for (Map<String, String> scope : scopes) { // innermost first
            String ns = scope.get(prefix);
            if (ns != null) {
                return ns;
            }
        }
        return prefix.isEmpty() ? TeiOutput.TEI : prefix.equals(FRUS_PREFIX) ? TeiOutput.FRUS : null;
    }
}
