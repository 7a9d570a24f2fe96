package org.cablearchive.records.tei;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one place where the archive's StAX factories are made, so that every reader of XML (TEI volumes as they are
 * imported, stored bodies, footnotes and volume parts as they are read or exported, files compared) is equally safe:
 * no DTDs (a DOCTYPE is refused or ignored, never read), no external entities, schemas or DTDs fetched, JDK limits on
 * nesting, attributes and names, namespace-aware. The JDK's own implementation is used on purpose, not whichever StAX
 * implementation is on the class path, so that these settings and the parser's messages are known. A factory is
 * made per use or kept by its user; once configured, the JDK's creates readers safely from several threads.
 */
public final class SecureXmlFactory {

    /** How deep elements may nest: FRUS nests a dozen levels; far deeper is a broken or hostile file. */
    public static final int MAX_DEPTH = 500;

    /** How text reaches the reader. */
    public enum Text {
        /** Adjacent text joined into one event: for stored fragments, which are small. */
        WHOLE,
        /**
         * In the parser's chunks: for whole files from outside, so that a huge text node cannot make the parser buffer
         * all of it (it would when asked to join it).
         */
        IN_CHUNKS
    }

    private SecureXmlFactory() {
    }

    public static XMLInputFactory input(Text text) {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, text == Text.WHOLE);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // Errors reach the caller as exceptions; the parser's warnings (none matter here) are not printed.
        f.setXMLReporter((message, type, info, location) -> { });
        // Entity limits stay at the JDK defaults: with DTDs refused only &amp;-style references and character
        // references remain, and lower limits would refuse honest volumes with many of those.
        limit(f, "jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH));
        limit(f, "jdk.xml.elementAttributeLimit", "200");
        limit(f, "jdk.xml.maxXMLNameLimit", "1000");
        return f;
    }

    /**
     * A reader of a whole file from outside (a volume being imported): its bytes decoded by its byte-order mark or
     * XML declaration (UTF-8 when it names none) with a strict decoder ({@link XmlEncoding}), text in the parser's
     * chunks. A factory per file: {@code XMLInputFactory} is not specified to be thread-safe, and building one is cheap.
     */
    public static XMLStreamReader file(InputStream in) throws XMLStreamException {
        return input(Text.IN_CHUNKS).createXMLStreamReader(XmlEncoding.reader(in));
    }

    /** The JDK's writer (writing reads nothing from outside; one implementation for every writer of the archive). */
    public static XMLOutputFactory output() {
        return XMLOutputFactory.newDefaultFactory();
    }

    private static void limit(XMLInputFactory f, String property, String value) {
        try {
            f.setProperty(property, value);
        } catch (IllegalArgumentException ignored) {
            // a JDK without this limit: DTDs are refused anyway, and the readers bound depth and size themselves
        }
    }
}
