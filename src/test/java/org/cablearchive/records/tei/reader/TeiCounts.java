package org.cablearchive.records.tei.reader;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What a fixture holds, computed from its XML with DOM (independently of the reader), and what a serialized
 * draft holds, so that the tests compare counts instead of typing numbers in.
 */
final class TeiCounts {

    static final String TEI = "http://www.tei-c.org/ns/1.0";
    static final String XML = XMLConstants.XML_NS_URI;

    final List<String> documentIds = new ArrayList<>();
    final List<String> bodyPageBreakIds = new ArrayList<>();
    final List<String> headOnlyDocuments = new ArrayList<>();
    int footnotesInDocuments;
    int targetedRefsInDocuments;
    /** Telegram shorthand words ("Embtel", "urtels") in the documents' running text: not in notes, heads, refs. */
    int shorthandInDocuments;
    static final java.util.regex.Pattern SHORTHAND = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\p{N}])(depcirtel|embtel|deptel|urtel|mytel|reftel|contel|legtel|cirtel)s?(?![\\p{L}\\p{N}])",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    int chapterDivs;

    static TeiCounts of(Path file) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document dom = f.newDocumentBuilder().parse(file.toFile());
            TeiCounts c = new TeiCounts();
            NodeList divs = dom.getElementsByTagNameNS(TEI, "div");
            for (int i = 0; i < divs.getLength(); i++) {
                Element div = (Element) divs.item(i);
                String type = div.getAttribute("type");
                if (type.equals("compilation") || type.equals("chapter") || type.equals("subchapter")) {
                    c.chapterDivs++;
                }
                if (!type.equals("document")) {
                    continue;
                }
                c.documentIds.add(div.getAttributeNS(XML, "id"));
                NodeList notes = div.getElementsByTagNameNS(TEI, "note");
                for (int k = 0; k < notes.getLength(); k++) {
                    if (((Element) notes.item(k)).hasAttributeNS(XML, "id")) {
                        c.footnotesInDocuments++;
                    }
                }
                NodeList refs = div.getElementsByTagNameNS(TEI, "ref");
                for (int k = 0; k < refs.getLength(); k++) {
                    Element ref = (Element) refs.item(k);
                    if (ref.hasAttribute("target") && !ref.hasAttribute("corresp")) {
                        c.targetedRefsInDocuments++;
                    }
                }
                c.shorthandInDocuments += shorthand(div);
                if (headOnly(div)) {
                    c.headOnlyDocuments.add(div.getAttributeNS(XML, "id"));
                }
            }
            Element body = (Element) dom.getElementsByTagNameNS(TEI, "body").item(0);
            NodeList pbs = body.getElementsByTagNameNS(TEI, "pb");
            for (int i = 0; i < pbs.getLength(); i++) {
                c.bodyPageBreakIds.add(((Element) pbs.item(i)).getAttributeNS(XML, "id"));
            }
            return c;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A div with no text of its own: nothing outside its head, opener and closer (which the draft's fields carry),
     * its page breaks and its id-less notes (the inline source note), and no footnote mark there either.
     */
    private static boolean headOnly(Element div) {
        for (Node n = div.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE && !n.getTextContent().isBlank()) {
                return false;
            }
            if (n.getNodeType() == Node.ELEMENT_NODE && !List.of("head", "opener", "closer", "pb").contains(n.getLocalName())
                    && hasOwnText(n)) {
                return false;
            }
        }
        return true;
    }

    private static int shorthand(Node n) {
        if (n.getNodeType() == Node.TEXT_NODE) {
            return (int) SHORTHAND.matcher(n.getTextContent()).results().count();
        }
        if (n.getNodeType() != Node.ELEMENT_NODE
                || List.of("note", "head", "ref", "label", "dateline", "gap", "fw").contains(n.getLocalName())) {
            return 0;
        }
        int count = 0;
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            count += shorthand(c);
        }
        return count;
    }

    private static boolean hasOwnText(Node e) {
        if (e.getNodeType() == Node.TEXT_NODE) {
            return !e.getTextContent().isBlank();
        }
        if (e.getNodeType() != Node.ELEMENT_NODE) {
            return false;
        }
        if ("note".equals(e.getLocalName())) {
            return ((Element) e).hasAttributeNS(XML, "id"); // a footnote leaves its mark; an inline note nothing
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (hasOwnText(c)) {
                return true;
            }
        }
        return false;
    }

    /** The xml:id of every pb in a serialized draft fragment (body, footnote tei, chapter head), in order. */
    static List<String> pageBreakIds(String xml) {
        List<String> ids = new ArrayList<>();
        if (xml == null) {
            return ids;
        }
        try {
            XMLInputFactory f = XMLInputFactory.newDefaultFactory();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            XMLStreamReader r = f.createXMLStreamReader(new StringReader(xml));
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("pb")) {
                    ids.add(r.getAttributeValue(XML, "id"));
                }
            }
            return ids;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("not well-formed: " + xml, e);
        }
    }
}
