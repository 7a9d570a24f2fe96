package org.cablearchive.records.tei.reader;

import java.io.InputStream;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.cablearchive.records.VolumeSink;
import org.cablearchive.records.tei.SecureXmlFactory;

/**
 * Reads a FRUS volume in TEI (the Office of the Historian's encoding, 1951-style "legacy" and modern volumes)
 * into drafts, streaming: the header becomes a {@link org.cablearchive.records.VolumeDraft}, the persons and
 * terms lists become person and term drafts, compilations/chapters become chapter drafts and every
 * {@code div type="document"} a {@link org.cablearchive.records.VolumeDocumentDraft}, each handed to the
 * {@link VolumeSink} as soon as it is read, and everything outside the documents is sent verbatim as the volume's
 * parts, in file order. Memory does not grow with the file: at most one document's subtree, or one element outside
 * documents (each bounded by {@link Subtrees#MAX_CHARACTERS}), is held.
 *
 * <p>The body of a document follows the reader–writer contract (TEI elements unprefixed, notes with an
 * {@code xml:id} hollowed into footnotes, {@code ref @target} marked {@code corresp="#xrK"}; page breaks
 * between documents stay between them, as parts). The parser refuses DTDs and external entities.
 *
 * <p>Stateless and thread-safe: every call reads with its own state. The caller owns and closes the stream.
 */
public final class FrusTeiReader {

    public FrusTeiReader() {
        // nothing to set up: every read builds its own parser and state
    }

    /**
     * Reads like {@link #read}, but parses on a thread of its own, at most a few dozen pieces ahead, while the
     * sink is called on the calling thread: parsing and saving run side by side. Fails as {@code read} does.
     */
    public void readAhead(InputStream in, String fileBaseName, VolumeSink sink) throws TeiImportException {
        Objects.requireNonNull(sink, "sink");
        ReadAhead.read(this, in, fileBaseName, sink);
    }

    /**
     * Streams one FRUS TEI file into the sink.
     *
     * @param in           the file's bytes; its XML declaration (or UTF-8) gives the encoding
     * @param fileBaseName the file name without ".xml", the volume id when the file names none
     * @param sink         receives the volume, in file order
     * @throws TeiImportException when the file is not well-formed XML, not TEI, has a DTD, holds no documents, or
     *                            exceeds a size limit; the message says what and where. The sink has then received
     *                            an incomplete volume, to be discarded.
     * @throws java.io.UncheckedIOException when the stream itself fails (not the file's content)
     */
    public void read(InputStream in, String fileBaseName, VolumeSink sink) throws TeiImportException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fileBaseName, "fileBaseName");
        Objects.requireNonNull(sink, "sink");
        XMLStreamReader r;
        try {
            r = SecureXmlFactory.file(in);
        } catch (XMLStreamException e) {
            throw ParseFailures.failure(e);
        }
        try {
            new VolumeReading(r, fileBaseName, sink).run();
        } catch (XMLStreamException e) {
            throw ParseFailures.failure(e);
        } finally {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // closing the parser frees its buffers only; the stream is the caller's
            }
        }
    }
}
