package org.cablearchive.records.tei.reader;

import static org.cablearchive.records.tei.TeiNames.PB;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.cablearchive.records.tei.SecureXmlFactory;

/**
 * Reads one element's subtree from the stream into an {@link El} tree, or skips it, within fixed bounds: the
 * largest document FRUS prints is far below {@link #MAX_CHARACTERS}, so anything larger is hostile or broken
 * and stops the import instead of exhausting memory.
 */
final class Subtrees {

    /** The most text (and attribute values) one subtree may hold, in characters. */
    static final int MAX_CHARACTERS = 20_000_000;
    /** The deepest nesting accepted; FRUS documents nest a dozen levels. */
    static final int MAX_DEPTH = SecureXmlFactory.MAX_DEPTH;

    private Subtrees() {
    }

    /** {@code r} is at a START_ELEMENT; returns with {@code r} at its END_ELEMENT. */
    static El read(XMLStreamReader r, String what) throws XMLStreamException {
        Deque<El> open = new ArrayDeque<>();
        El root = start(r);
        open.push(root);
        long size = attributeSize(root);
        while (!open.isEmpty()) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    El e = start(r);
                    size += attributeSize(e);
                    open.peek().children.add(e);
                    open.push(e);
                    if (open.size() > MAX_DEPTH) {
                        throw new TeiImportException(what + " nests elements more than " + MAX_DEPTH + " deep at "
                                + e.where() + "; FRUS documents nest a dozen levels. The file is broken or hostile.");
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> close(open.pop());
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    size += r.getTextLength();
                    if (size > MAX_CHARACTERS) {
                        throw new TeiImportException(String.format("%s, which begins at %s, holds more than %,d "
                                + "characters; no printed document is that long, so the file is broken or hostile.",
                                what, root.where(), MAX_CHARACTERS));
                    }
                    appendText(open.peek(), r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new TeiImportException("An entity reference &"
                        + r.getLocalName() + "; at " + location(r) + " cannot be read: FRUS TEI uses none.");
                default -> {
                    // comments and processing instructions carry no content of the document
                }
            }
        }
        return root;
    }

    /** Skips the subtree at {@code r}, telling {@code pageBreak} of every TEI {@code pb} in it. */
    static void skip(XMLStreamReader r, Consumer<String> pageBreak) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth > MAX_DEPTH) {
                    throw new TeiImportException("Elements nest more than " + MAX_DEPTH + " deep at " + location(r)
                            + "; the file is broken or hostile.");
                }
                if (El.TEI.equals(r.getNamespaceURI()) && PB.equals(r.getLocalName())) {
                    pageBreak.accept(r.getAttributeValue(null, "n"));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    static String location(XMLStreamReader r) {
        return "line " + r.getLocation().getLineNumber() + ", column " + r.getLocation().getColumnNumber();
    }

    static El start(XMLStreamReader r) {
        List<El.Attr> attrs = new ArrayList<>(r.getAttributeCount());
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ns = r.getAttributeNamespace(i);
            attrs.add(new El.Attr(ns == null ? "" : ns, r.getAttributePrefix(i), r.getAttributeLocalName(i),
                    r.getAttributeValue(i)));
        }
        return new El(r.getNamespaceURI(), r.getPrefix(), r.getLocalName(), attrs,
                r.getLocation().getLineNumber(), r.getLocation().getColumnNumber());
    }

    private static long attributeSize(El e) {
        long n = 0;
        for (El.Attr a : e.attrs) {
            n += a.value().length();
        }
        return n;
    }

    // Text arrives in chunks; a StringBuilder collects them and becomes a String when the element closes.
    private static void appendText(El parent, char[] chars, int start, int length) {
        int last = parent.children.size() - 1;
        if (last >= 0 && parent.children.get(last) instanceof StringBuilder) {
            ((StringBuilder) parent.children.get(last)).append(chars, start, length);
        } else {
            parent.children.add(new StringBuilder(length).append(chars, start, length));
        }
    }

    private static void close(El e) {
        for (int i = 0; i < e.children.size(); i++) {
            if (e.children.get(i) instanceof StringBuilder) {
                e.children.set(i, e.children.get(i).toString());
            }
        }
    }
}
