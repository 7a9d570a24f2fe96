package org.cablearchive.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.cablearchive.ingest.volumes.VolumeImporter;

/** The shared FRUS volumes, and counts taken straight from their XML to check an import against. */
public final class Frus {

    public static final Path FOLDER = Path.of("..", "shared", "fixtures", "frus");
    public static final List<String> VOLUMES = List.of("frus1951v07p2", "frus1969-76v12", "frus1917-72PubDip");

    private Frus() {
    }

    public static Path file(String volume) {
        return FOLDER.resolve(volume + ".xml");
    }

    /** Imports a shared volume as published, overwriting whatever other tests of the run changed in it. */
    public static VolumeImporter.Result importPublished(VolumeImporter importer, String volume) throws IOException {
        try (InputStream in = Files.newInputStream(file(volume))) {
            return importer.importVolume(in, volume, new VolumeImporter.Options(false, true), VolumeImporter.Progress.NONE, "test");
        }
    }

    /** Imports the volume as a copy of its own under another id ({@link #renamed}), published or as drafts. */
    public static VolumeImporter.Result importCopy(VolumeImporter importer, String volume, String newId, boolean asDraft)
            throws IOException {
        try (InputStream in = renamed(volume, newId)) {
            return importer.importVolume(in, newId, new VolumeImporter.Options(asDraft, true), VolumeImporter.Progress.NONE, "test");
        }
    }

    /**
     * What the file holds: documents, footnotes with an xml:id inside documents, and the page breaks of its body
     * (where the documents are; the front matter and index are not imported as documents).
     */
    public record Counts(int documents, int footnotes, int pageBreaks) { }

    /**
     * The volume's file with its FRUS identifier changed, so that a test can import its own copy that no other
     * test touches ({@code frus1951v07p2} as {@code search-1951}).
     */
    public static java.io.InputStream renamed(String volume, String newId) throws java.io.IOException {
        String xml = Files.readString(file(volume));
        String renamed = xml.replace("<idno type=\"frus\">" + volume + "</idno>", "<idno type=\"frus\">" + newId + "</idno>");
        if (renamed.equals(xml)) {
            throw new IllegalStateException(volume + " has no <idno type=\"frus\"> to rename");
        }
        return new java.io.ByteArrayInputStream(renamed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static Counts count(String volume) throws Exception {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        int documents = 0;
        int footnotes = 0;
        int pageBreaks = 0;
        int documentDepth = -1;
        int depth = 0;
        int bodyDepth = -1;
        try (InputStream in = Files.newInputStream(file(volume))) {
            XMLStreamReader r = f.createXMLStreamReader(in);
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = r.getLocalName();
                    if (name.equals("body") && bodyDepth < 0) {
                        bodyDepth = depth;
                    } else if (name.equals("div") && "document".equals(r.getAttributeValue(null, "type"))) {
                        documents++;
                        documentDepth = depth;
                    } else if (name.equals("note") && documentDepth > 0
                            && r.getAttributeValue("http://www.w3.org/XML/1998/namespace", "id") != null) {
                        footnotes++;
                    } else if (name.equals("pb") && bodyDepth > 0) {
                        pageBreaks++;
                    }
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    if (depth == documentDepth) {
                        documentDepth = -1;
                    }
                    if (depth == bodyDepth) {
                        bodyDepth = 0;
                    }
                    depth--;
                }
            }
        }
        return new Counts(documents, footnotes, pageBreaks);
    }
}
