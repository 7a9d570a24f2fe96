package org.cablearchive.publishing.xml;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import javax.xml.stream.XMLStreamWriter;
import org.cablearchive.records.tei.Stax;
import org.cablearchive.records.tei.XmlChars;

/**
 * A namespaced XML document written as a stream in UTF-8, for the archive's machine outputs (OAI-PMH, Atom, site
 * maps): elements are written as they come, so an answer of any length needs no more memory than one element.
 * Text is kept legal XML ({@link XmlChars}) and StAX's checked exceptions become unchecked ones.
 */
public final class XmlOutput implements AutoCloseable {

    private final Writer sink;
    private final XMLStreamWriter xml;
    private String namespace;

    public XmlOutput(OutputStream out) {
        Stax.Started started = Stax.start(out);
        sink = started.sink();
        xml = started.xml();
    }

    /** Opens the root element in its namespace, declared as the default one. */
    public XmlOutput root(String name, String namespaceUri) {
        this.namespace = namespaceUri;
        return run(() -> {
            xml.setDefaultNamespace(namespaceUri);
            xml.writeStartElement("", name, namespaceUri);
            xml.writeDefaultNamespace(namespaceUri);
        });
    }

    /** Declares a prefix on the element just started. */
    public XmlOutput namespace(String prefix, String namespaceUri) {
        return run(() -> {
            xml.setPrefix(prefix, namespaceUri);
            xml.writeNamespace(prefix, namespaceUri);
        });
    }

    /** Starts an element in the root's namespace. */
    public XmlOutput start(String name) {
        return start(namespace, name);
    }

    /** Starts an element in a namespace declared before (with {@link #namespace}). */
    public XmlOutput start(String namespaceUri, String name) {
        return run(() -> {
            String prefix = xml.getPrefix(namespaceUri);
            xml.writeStartElement(prefix == null ? "" : prefix, name, namespaceUri);
        });
    }

    /** Starts an element in a namespace it declares itself, with this prefix (as {@code <oai_dc:dc xmlns:oai_dc>}). */
    public XmlOutput startDeclaring(String prefix, String namespaceUri, String name) {
        return run(() -> {
            xml.writeStartElement(prefix, name, namespaceUri);
            xml.setPrefix(prefix, namespaceUri);
            xml.writeNamespace(prefix, namespaceUri);
        });
    }

    /** An attribute of the element just started; skipped when the value is null. */
    public XmlOutput attribute(String name, String value) {
        return value == null ? this : run(() -> xml.writeAttribute(name, XmlChars.clean(value)));
    }

    /** An attribute in a namespace declared before. */
    public XmlOutput attribute(String namespaceUri, String name, String value) {
        return value == null ? this : run(() -> xml.writeAttribute(xml.getPrefix(namespaceUri), namespaceUri, name,
                XmlChars.clean(value)));
    }

    public XmlOutput text(String text) {
        return text == null || text.isEmpty() ? this : run(() -> xml.writeCharacters(XmlChars.clean(text)));
    }

    public XmlOutput end() {
        return run(xml::writeEndElement);
    }

    /** An element of the root's namespace holding text; skipped when the text is null or blank. */
    public XmlOutput element(String name, String text) {
        return element(namespace, name, text);
    }

    public XmlOutput element(String namespaceUri, String name, String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        return start(namespaceUri, name).text(text).end();
    }

    /** Ends what is open, ends the document and flushes it to the stream (which stays open). */
    @Override
    public void close() {
        Stax.run(() -> {
            xml.writeEndDocument();
            xml.flush();
        });
        try {
            sink.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private XmlOutput run(Stax.Step step) {
        Stax.run(step);
        return this;
    }
}
