package org.cablearchive.records;

import static org.cablearchive.records.tei.TeiNames.BODY;
import static org.cablearchive.records.tei.TeiNames.CORRESP;
import static org.cablearchive.records.tei.TeiNames.DESC;
import static org.cablearchive.records.tei.TeiNames.GAP;
import static org.cablearchive.records.tei.TeiNames.HI;
import static org.cablearchive.records.tei.TeiNames.LB;
import static org.cablearchive.records.tei.TeiNames.N;
import static org.cablearchive.records.tei.TeiNames.NOTE;
import static org.cablearchive.records.tei.TeiNames.NOT_DECLASSIFIED;
import static org.cablearchive.records.tei.TeiNames.P;
import static org.cablearchive.records.tei.TeiNames.PB;
import static org.cablearchive.records.tei.TeiNames.REASON;
import static org.cablearchive.records.tei.TeiNames.REF;
import static org.cablearchive.records.tei.TeiNames.REND;
import static org.cablearchive.records.tei.TeiNames.SUPPLIED;
import static org.cablearchive.records.tei.TeiNames.XML_ID;

import java.io.StringWriter;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.cablearchive.records.tei.SecureXmlFactory;

/**
 * Builds a {@link Body} piece by piece, as a reader of some outside form meets it. Text is escaped; a page
 * break outside an open paragraph stands between paragraphs, inside one it falls at that exact place.
 */
public final class BodyBuilder {

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;
    private boolean inParagraph;
    private boolean built;

    BodyBuilder() {
        try {
            xml = SecureXmlFactory.output().createXMLStreamWriter(out);
            xml.writeStartElement(BODY);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public BodyBuilder startParagraph() {
        if (inParagraph) {
            endParagraph();
        }
        write(() -> xml.writeStartElement(P));
        inParagraph = true;
        return this;
    }

    public BodyBuilder endParagraph() {
        if (inParagraph) {
            write(xml::writeEndElement);
            inParagraph = false;
        }
        return this;
    }

    public boolean inParagraph() {
        return inParagraph;
    }

    public BodyBuilder text(String text) {
        requireParagraph();
        write(() -> xml.writeCharacters(text));
        return this;
    }

    /** A printed page begins here: between paragraphs, or inside the open one at this exact place. */
    public BodyBuilder pageBreak(String page) {
        write(() -> {
            xml.writeEmptyElement(PB);
            xml.writeAttribute(N, page);
        });
        return this;
    }

    /** The mark of footnote {@code key} (printed as {@code n}) stands here. */
    public BodyBuilder footnoteAnchor(String key, String n) {
        requireParagraph();
        write(() -> {
            xml.writeEmptyElement(NOTE);
            xml.writeAttribute(N, n);
            xml.writeAttribute(XML_ID, key);
        });
        return this;
    }

    /** Text that refers to another document ({@code Embtel 634, October 15}), tied to cross-reference {@code key}. */
    public BodyBuilder reference(String key, String label) {
        return element(REF, CORRESP, "#" + key, label);
    }

    /** An editor's insertion, printed in brackets: {@code [of]}. */
    public BodyBuilder supplied(String text) {
        return element(SUPPLIED, null, null, text);
    }

    /** Text withheld from the source: {@code [1 paragraph (5 lines) not declassified]}. */
    public BodyBuilder notDeclassified(String description) {
        requireParagraph();
        write(() -> {
            xml.writeStartElement(GAP);
            xml.writeAttribute(REASON, NOT_DECLASSIFIED);
            xml.writeStartElement(DESC);
            xml.writeCharacters(description);
            xml.writeEndElement();
            xml.writeEndElement();
        });
        return this;
    }

    /** Emphasised text; {@code rend} as TEI writes it: italic, strong, underline, smallcaps. */
    public BodyBuilder emphasis(String rend, String text) {
        return element(HI, REND, rend, text);
    }

    public BodyBuilder lineBreak() {
        requireParagraph();
        write(() -> xml.writeEmptyElement(LB));
        return this;
    }

    public Body build() {
        if (built) {
            throw new IllegalStateException("This body is already built");
        }
        endParagraph();
        write(() -> {
            xml.writeEndElement();
            xml.flush();
        });
        built = true;
        return Body.of(out.toString());
    }

    private BodyBuilder element(String name, String attribute, String value, String text) {
        requireParagraph();
        write(() -> {
            xml.writeStartElement(name);
            if (attribute != null) {
                xml.writeAttribute(attribute, value);
            }
            xml.writeCharacters(text);
            xml.writeEndElement();
        });
        return this;
    }

    private void requireParagraph() {
        if (!inParagraph) {
            startParagraph();
        }
    }

    private interface XmlWrite {
        void run() throws XMLStreamException;
    }

    private void write(XmlWrite w) {
        if (built) {
            throw new IllegalStateException("This body is already built");
        }
        try {
            w.run();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}
