package org.cablearchive.records.tei;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import org.cablearchive.records.tei.SecureXmlFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * What every streamed XML output of the archive starts with and how it reports failure: a buffered UTF-8 writer
 * (the JDK writer pushes every character to an OutputStream on its own; a buffer keeps a volume fast) with the
 * XML declaration written, and StAX's checked exceptions turned into unchecked ones, an I/O failure (the reader
 * went away) as {@link UncheckedIOException}.
 */
public final class Stax {

    private static final XMLOutputFactory FACTORY = SecureXmlFactory.output();

    private Stax() {
    }

    /** The writer of a started document, and the buffer under it (to flush once the document is done). */
    public record Started(Writer sink, XMLStreamWriter xml) { }

    /** Starts a UTF-8 document on the stream: the XML declaration and a line break. */
    public static Started start(OutputStream out) {
        Writer sink = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(sink);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            return new Started(sink, xml);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Runs a step of writing, unchecked. */
    public static void run(Step step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    public static RuntimeException failed(XMLStreamException e) {
        Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        if (cause instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        return new UncheckedIOException(new IOException("Could not write XML: " + e.getMessage(), e));
    }

    @FunctionalInterface
    public interface Step {
        void run() throws XMLStreamException;
    }
}
