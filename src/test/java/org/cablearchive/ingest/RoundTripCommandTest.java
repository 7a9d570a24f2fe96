package org.cablearchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cablearchive.ingest.volumes.VolumeImporter;
import org.cablearchive.testing.ArchiveTest;
import org.cablearchive.testing.Frus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code java -jar cable-archive.jar verify-roundtrip …}: import and export through the archive, compared. */
@ArchiveTest
class RoundTripCommandTest {

    @Autowired
    RoundTripCommand command;

    @Autowired
    VolumeImporter importer;

    @Autowired
    JdbcClient jdbc;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String volume(String id, String documents) {
        return "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title type=\"complete\">T</title>"
                + "</titleStmt><publicationStmt><publisher>P</publisher><idno type=\"frus\">" + id + "</idno></publicationStmt>"
                + "<sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader><text><front><div xml:id=\"preface\"><head>Preface</head>"
                + "<p>As printed.</p></div></front><body><div type=\"chapter\" xml:id=\"ch1\" n=\"I\"><head>One</head>"
                + "<p>(See volume VIII.)</p>" + documents + "</div></body></text></TEI>";
    }

    private static String document(int n) {
        return "<div type=\"document\" xml:id=\"d" + n + "\" n=\"" + n + "\"><head>" + n + ". Telegram</head>"
                + "<pb n=\"1\" xml:id=\"d" + n + "-01\" facs=\"d" + n + "-01\"/><p>Text " + n + ".</p></div>";
    }

    @Test
    void aFolderOfVolumesComesBackIdenticalAndTheArchiveIsLeftAsItWas(@TempDir Path folder) throws Exception {
        try (InputStream in = Frus.renamed("frus1917-72PubDip", "roundtrip-pubdip")) {
            Files.copy(in, folder.resolve("roundtrip-pubdip.xml"));
        }
        Files.writeString(folder.resolve("roundtrip-small.xml"), volume("roundtrip-small", document(1) + document(2)));
        Files.writeString(folder.resolve("notes.txt"), "not a volume");

        assertThat(run(folder.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("roundtrip-pubdip: identical")
                .contains("roundtrip-small: identical").contains("2 of 2 volumes identical after import and export.");
        assertThat(jdbc.sql("select count(*) from volume where id like 'roundtrip-%'").query(Long.class).single())
                .as("the imports were rolled back").isZero();
    }

    @Test
    void aVolumeThatDoesNotComeBackNamesTheFirstDifferenceAndExitsWith1(@TempDir Path folder) throws Exception {
        // the archive holds this volume with two documents; the file given has only the first: the archive's export
        // keeps the second, which the file does not have
        importer.importVolume(new ByteArrayInputStream(volume("roundtrip-kept", document(1) + document(2))
                .getBytes(StandardCharsets.UTF_8)), "roundtrip-kept", new VolumeImporter.Options(false, true),
                VolumeImporter.Progress.NONE, "test");
        Path file = folder.resolve("roundtrip-kept.xml");
        Files.writeString(file, volume("roundtrip-kept", document(1)));
        Path broken = folder.resolve("broken.xml");
        Files.writeString(broken, "<TEI><unclosed>");
        try {
            assertThat(run(file.toString(), broken.toString())).isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("roundtrip-kept: different")
                    .contains("at /TEI[1]/text[1]/body[1]/div[@xml:id='ch1']")
                    .contains("expected: </{http://www.tei-c.org/ns/1.0}div>")
                    .contains("actual:   <{http://www.tei-c.org/ns/1.0}div n=\"2\" type=\"document\" xml:id=\"d2\">")
                    .contains("broken: not imported").contains("0 of 2 volumes identical");
            assertThat(jdbc.sql("select count(*) from document where volume_id = 'roundtrip-kept'").query(Long.class).single())
                    .isEqualTo(2);
        } finally {
            jdbc.sql("delete from document where volume_id = 'roundtrip-kept'").update();
            jdbc.sql("delete from volume where id = 'roundtrip-kept'").update();
        }
    }

    @Test
    void withoutPathsItSaysHowToUseIt() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: java -jar cable-archive.jar verify-roundtrip");
        assertThat(run("/no/such/folder")).isEqualTo(2);
    }
}
