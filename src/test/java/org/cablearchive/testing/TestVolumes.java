package org.cablearchive.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.cablearchive.ingest.volumes.VolumeImporter;

/** Volumes the machine interfaces are tested over: a real FRUS volume, and small made-up ones. */
public final class TestVolumes {

    /** The shared FRUS volume with 333 documents (counted from the file by the tests, never typed in). */
    public static final String FRUS = "frus1951v07p2";

    private TestVolumes() {
    }

    public static VolumeImporter.Result importFrus(VolumeImporter importer) throws Exception {
        return Frus.importPublished(importer, FRUS);
    }

    /** A small FRUS TEI volume of telegrams {@code <id>-d1}…{@code <id>-dN}, published or as drafts. */
    public static VolumeImporter.Result importSmall(VolumeImporter importer, String id, int documents, boolean asDraft) {
        return importer.importVolume(new ByteArrayInputStream(smallTei(id, documents)), id,
                new VolumeImporter.Options(asDraft, true), VolumeImporter.Progress.NONE, "test");
    }

    /** The TEI of a small volume of telegrams {@code <id>-d1}…{@code <id>-dN}, as a file to upload. */
    public static byte[] smallTei(String id, int documents) {
        StringBuilder tei = new StringBuilder("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt>"
                + "<title type=\"complete\">Foreign Relations, Volume " + id + "</title></titleStmt><publicationStmt>"
                + "<idno type=\"frus\">" + id + "</idno></publicationStmt></fileDesc></teiHeader><text><body>"
                + "<div type=\"chapter\" xml:id=\"ch1\"><head>One</head>");
        for (int n = 1; n <= documents; n++) {
            tei.append("<div type=\"document\" xml:id=\"d").append(n).append("\" n=\"").append(n).append("\">")
                    .append("<head>").append(n).append(". Telegram ").append(n).append(" of volume ").append(id).append("</head>")
                    .append("<p>Text of telegram ").append(n).append(".</p></div>");
        }
        tei.append("</div></body></text></TEI>");
        return tei.toString().getBytes(StandardCharsets.UTF_8);
    }
}
