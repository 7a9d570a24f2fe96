package org.cablearchive.records.tei.writer;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads written TEI back in tests, securely (no DTDs, no external entities): a DOM for structure, and a
 * namespace-free rendering of an element's content to compare it with stored TEI character for character.
 */
final class TeiXml {

    static final String TEI = "http://www.tei-c.org/ns/1.0";
    static final String FRUS = "http://history.state.gov/frus/ns/1.0";

    private TeiXml() {
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** The TEI child elements of {@code parent} with that local name, in order. */
    static List<Element> children(Element parent, String local) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && TEI.equals(e.getNamespaceURI()) && e.getLocalName().equals(local)) {
                found.add(e);
            }
        }
        return found;
    }

    static Element child(Element parent, String local) {
        List<Element> found = children(parent, local);
        if (found.isEmpty()) {
            throw new AssertionError("<" + parent.getLocalName() + "> has no <" + local + ">");
        }
        return found.get(0);
    }

    /** All TEI elements of that local name under {@code root}, in document order. */
    static List<Element> all(Node root, String local) {
        NodeList list = root instanceof Document d ? d.getElementsByTagNameNS(TEI, local)
                : ((Element) root).getElementsByTagNameNS(TEI, local);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }

    static Element byId(Document d, String id) {
        NodeList list = d.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            if (id.equals(e.getAttributeNS(XMLConstants.XML_NS_URI, "id"))) {
                return e;
            }
        }
        throw new AssertionError("no element with xml:id " + id);
    }

    static String xmlId(Element e) {
        return e.getAttributeNS(XMLConstants.XML_NS_URI, "id");
    }

    /** The content of the element with that xml:id, rendered namespace-free as stored bodies write it. */
    static String contentOf(byte[] xml, String id) throws Exception {
        return render(new String(xml, java.nio.charset.StandardCharsets.UTF_8), id);
    }

    /** The content of a stored fragment's root ({@code <body>…</body>}), rendered the same way. */
    static String contentOf(String storedBody) throws Exception {
        String declared = storedBody.contains("xmlns:frus") ? storedBody
                : storedBody.replaceFirst("<body", "<body xmlns:frus=\"" + FRUS + "\"");
        return render(declared, null);
    }

    private static String render(String xml, String id) throws Exception {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader r = f.createXMLStreamReader(new StringReader(xml));
        StringBuilder out = new StringBuilder();
        int depth = -1; // -1: not yet inside the wanted element
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (depth < 0) {
                    boolean wanted = id == null || id.equals(r.getAttributeValue(XMLConstants.XML_NS_URI, "id"));
                    depth = wanted ? 0 : -1;
                    continue;
                }
                depth++;
                out.append('<').append(name(r.getNamespaceURI(), r.getLocalName()));
                for (int i = 0; i < r.getAttributeCount(); i++) {
                    String ns = r.getAttributeNamespace(i);
                    String an = XMLConstants.XML_NS_URI.equals(ns) ? "xml:" + r.getAttributeLocalName(i)
                            : name(ns, r.getAttributeLocalName(i));
                    out.append(' ').append(an).append("=\"").append(escape(r.getAttributeValue(i))).append('"');
                }
                out.append('>');
            } else if (event == XMLStreamConstants.END_ELEMENT && depth >= 0) {
                if (depth == 0) {
                    return out.toString();
                }
                depth--;
                out.append("</").append(name(r.getNamespaceURI(), r.getLocalName())).append('>');
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.SPACE) && depth >= 0) {
                out.append(escape(r.getText()));
            }
        }
        throw new AssertionError("no element " + id);
    }

    private static String name(String ns, String local) {
        return FRUS.equals(ns) ? "frus:" + local : local;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
