package org.cablearchive.ingest.volumes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cablearchive.records.UnreadableVolumeException;
import org.cablearchive.records.VolumeDocumentDraft;
import org.cablearchive.records.VolumeDraft;
import org.cablearchive.records.VolumeSink;
import org.cablearchive.records.tei.reader.TeiImportException;
import org.junit.jupiter.api.Test;

/** FRUS TEI as one {@link VolumeReader}: which files it takes, the volume id a file name gives, what it reads. */
class FrusTeiVolumesTest {

    private final FrusTeiVolumes tei = new FrusTeiVolumes();

    @Test
    void takesXmlFilesByTheirEndingWhateverItsCase() {
        assertThat(tei.accepts("frus1951v07p2.xml")).isTrue();
        assertThat(tei.accepts("FRUS1951V07P2.XML")).isTrue();
        assertThat(tei.accepts("frus1951v07p2.xml.gz")).isFalse();
        assertThat(tei.accepts("notes.pdf")).isFalse();
        assertThat(tei.baseName("frus1951v07p2.xml")).isEqualTo("frus1951v07p2");
        assertThat(tei.baseName("Volume.XML")).isEqualTo("Volume");
        assertThat(tei.baseName("notes.pdf")).as("a name no ending matches is kept whole").isEqualTo("notes.pdf");
    }

    @Test
    void readsAVolumeIntoTheSinkAndSaysWhatIsWrongWithAFileThatIsNone() {
        String volume = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title type=\"complete\">"
                + "A volume</title></titleStmt><publicationStmt><idno type=\"frus\">seam-tei</idno></publicationStmt>"
                + "</fileDesc></teiHeader><text><body><div type=\"document\" xml:id=\"d1\" n=\"1\"><head>A telegram</head>"
                + "<p>Text.</p></div></body></text></TEI>";
        List<Object> received = new ArrayList<>();
        tei.read(new ByteArrayInputStream(volume.getBytes(StandardCharsets.UTF_8)), "file-name", collecting(received));
        assertThat(received).hasSize(2);
        assertThat(((VolumeDraft) received.get(0)).id()).isEqualTo("seam-tei");
        assertThat(((VolumeDocumentDraft) received.get(1)).xmlId()).isEqualTo("d1");

        assertThatThrownBy(() -> tei.read(new ByteArrayInputStream("%PDF-1.4".getBytes(StandardCharsets.UTF_8)),
                "notes.pdf", collecting(new ArrayList<>())))
                .isInstanceOf(UnreadableVolumeException.class).hasMessageStartingWith("Not a readable FRUS TEI file");
        assertThat(tei.noVolumeIn()).isInstanceOf(TeiImportException.class)
                .hasMessage("The file has no TEI header with a volume in it: is it a FRUS volume?");
    }

    /** A sink that keeps the volume and the documents it is given, in order (parts and the rest are not looked at). */
    private static VolumeSink collecting(List<Object> received) {
        return (VolumeSink) Proxy.newProxyInstance(VolumeSink.class.getClassLoader(), new Class<?>[] {VolumeSink.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("volume") || method.getName().equals("document")) {
                        received.add(args[0]);
                    }
                    return null;
                });
    }
}
