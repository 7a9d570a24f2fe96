package org.cablearchive.publishing.oai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.InputSource;

/**
 * OAI-PMH answers checked against the official OAI-PMH 2.0 and oai_dc schemas (copies in {@code schemas/}, imports
 * resolved to them, never to the network), then read with XPath ({@code oai:}, {@code oai_dc:}, {@code dc:}).
 */
final class OaiXml {

    private static final Schema SCHEMA = schema();

    private final Document document;
    private final XPath xpath;

    private OaiXml(Document document) {
        this.document = document;
        this.xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new javax.xml.namespace.NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return switch (prefix) {
                    case "oai" -> "http://www.openarchives.org/OAI/2.0/";
                    case "oai_dc" -> "http://www.openarchives.org/OAI/2.0/oai_dc/";
                    case "dc" -> "http://purl.org/dc/elements/1.1/";
                    default -> XMLConstants.NULL_NS_URI;
                };
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
    }

    /** Validates the answer (failing the test when it is not valid) and parses it. */
    static OaiXml valid(String xml) throws Exception {
        SCHEMA.newValidator().validate(new StreamSource(new StringReader(xml)));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return new OaiXml(f.newDocumentBuilder().parse(new InputSource(new StringReader(xml))));
    }

    String text(String path) throws Exception {
        return (String) xpath.evaluate(path, document, XPathConstants.STRING);
    }

    List<String> texts(String path) throws Exception {
        NodeList nodes = (NodeList) xpath.evaluate(path, document, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    boolean has(String path) throws Exception {
        return xpath.evaluate(path, document, XPathConstants.NODE) != null;
    }

    /** The code of the error the answer reports, or null. */
    String error() throws Exception {
        Node error = (Node) xpath.evaluate("/oai:OAI-PMH/oai:error", document, XPathConstants.NODE);
        return error == null ? null : error.getAttributes().getNamedItem("code").getNodeValue();
    }

    /** The attributes of the request element, as "name=value". */
    List<String> requestArguments() throws Exception {
        Node request = (Node) xpath.evaluate("/oai:OAI-PMH/oai:request", document, XPathConstants.NODE);
        List<String> args = new ArrayList<>();
        for (int i = 0; i < request.getAttributes().getLength(); i++) {
            Node a = request.getAttributes().item(i);
            args.add(a.getNodeName() + "=" + a.getNodeValue());
        }
        return args;
    }

    private static Schema schema() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setResourceResolver(new LocalSchemas());
            return factory.newSchema(new Source[] {local("OAI-PMH.xsd"), local("oai_dc.xsd")});
        } catch (Exception e) {
            throw new IllegalStateException("The OAI-PMH schemas in src/test/resources/schemas do not load", e);
        }
    }

    private static StreamSource local(String name) {
        URL url = OaiXml.class.getResource("/schemas/" + name);
        assertThat(url).as(name).isNotNull();
        return new StreamSource(url.toExternalForm());
    }

    /** Resolves the schemas' imports to the copies beside them, by file name. */
    private static final class LocalSchemas implements LSResourceResolver {

        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
            if (systemId == null) {
                return null;
            }
            String name = systemId.substring(systemId.lastIndexOf('/') + 1);
            URL url = OaiXml.class.getResource("/schemas/" + name);
            if (url == null) {
                throw new IllegalStateException("No local copy of " + systemId + " in src/test/resources/schemas");
            }
            return new Input(url, systemId);
        }
    }

    private record Input(URL url, String systemId) implements LSInput {
        @Override public java.io.Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(java.io.Reader r) { }
        @Override public InputStream getByteStream() {
            try {
                return url.openStream();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        @Override public void setByteStream(InputStream s) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String s) { }
        @Override public String getSystemId() { return url.toExternalForm(); }
        @Override public void setSystemId(String s) { }
        @Override public String getPublicId() { return null; }
        @Override public void setPublicId(String s) { }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String s) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String s) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean b) { }
    }
}
