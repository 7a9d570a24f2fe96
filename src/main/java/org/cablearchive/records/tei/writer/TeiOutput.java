package org.cablearchive.records.tei.writer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamWriter;
import org.cablearchive.records.tei.Stax;
import org.cablearchive.records.tei.TeiNames;
import org.cablearchive.records.tei.XmlChars;

/**
 * The stream a TEI file is written into: an {@link XMLStreamWriter} over UTF-8 with the TEI namespace as the
 * default and {@code frus:} bound on the root, which turns StAX's checked exceptions into unchecked ones (the
 * public API promises no checked exceptions) and keeps text well-formed whatever a draft holds.
 */
final class TeiOutput {

    static final String TEI = TeiNames.TEI_NS;
    static final String FRUS = TeiNames.FRUS_NS;

    private final Writer sink;
    private final XMLStreamWriter xml;

    TeiOutput(OutputStream out) {
        Stax.Started started = Stax.start(out);
        sink = started.sink();
        xml = started.xml();
    }

    /** Opens {@code <TEI>} and declares both namespaces there, as FRUS files do. */
    TeiOutput root() {
        return run(() -> {
            xml.writeStartElement("", "TEI", TEI);
            xml.writeDefaultNamespace(TEI);
            xml.setDefaultNamespace(TEI);
            xml.writeNamespace(TeiNames.FRUS_PREFIX, FRUS);
            xml.setPrefix(TeiNames.FRUS_PREFIX, FRUS);
        });
    }

    TeiOutput start(String name) {
        return run(() -> xml.writeStartElement("", name, TEI));
    }

    TeiOutput empty(String name) {
        return run(() -> xml.writeEmptyElement("", name, TEI));
    }

    /** An attribute of the element just started; skipped when the value is null. {@code xml:id} is namespaced. */
    TeiOutput attribute(String name, String value) {
        if (value == null) {
            return this;
        }
        return run(() -> {
            if (name.startsWith("xml:")) {
                xml.writeAttribute("xml", XMLConstants.XML_NS_URI, name.substring(4), XmlChars.clean(value));
            } else {
                xml.writeAttribute(name, XmlChars.clean(value));
            }
        });
    }

    TeiOutput text(String text) {
        if (text == null || text.isEmpty()) {
            return this;
        }
        return run(() -> {
            String clean = XmlChars.clean(text);
            // A raw CR would come back as LF from any parser; a character reference keeps it.
            int from = 0;
            for (int cr = clean.indexOf('\r'); cr >= 0; cr = clean.indexOf('\r', from)) {
                xml.writeCharacters(clean.substring(from, cr));
                xml.writeEntityRef("#13");
                from = cr + 1;
            }
            xml.writeCharacters(clean.substring(from));
        });
    }

    /** {@code <name>text</name>}, or nothing when the text is null. */
    TeiOutput element(String name, String text) {
        if (text == null) {
            return this;
        }
        return start(name).text(text).end();
    }

    TeiOutput end() {
        return run(xml::writeEndElement);
    }

    /** A line break and indentation between structural elements, never inside a document (its text is kept as is). */
    TeiOutput newline(int level) {
        return run(() -> xml.writeCharacters("\n" + "  ".repeat(level)));
    }

    /** The raw writer, for copying stored fragments event by event. */
    XMLStreamWriter raw() {
        return xml;
    }

    /** Closes every open element and flushes; the caller's stream stays open. */
    void finish() {
        run(() -> {
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        });
        try {
            sink.write('\n');
            sink.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TeiOutput run(Stax.Step step) {
        Stax.run(step);
        return this;
    }
}
