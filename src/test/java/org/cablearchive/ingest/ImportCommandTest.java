package org.cablearchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cablearchive.testing.ArchiveTest;
import org.cablearchive.testing.Frus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code java -jar cable-archive.jar import …}, as the command runs it. */
@ArchiveTest
class ImportCommandTest {

    @Autowired
    ImportCommand command;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void importsAVolumeShowingProgressAndWhatItDid() throws Exception {
        int documents = Frus.count("frus1917-72PubDip").documents();
        assertThat(run("--force", Frus.file("frus1917-72PubDip").toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("frus1917-72PubDip: " + documents + " documents (")
                .contains("1 of 1 volumes imported.");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("documents/s").contains("ETA").contains("100%");
    }

    @Test
    void aFolderImportsTheXmlFilesInIt(@TempDir Path folder) throws Exception {
        Files.copy(Frus.file("frus1917-72PubDip"), folder.resolve("frus1917-72PubDip.xml"));
        Files.writeString(folder.resolve("notes.txt"), "not a volume");
        assertThat(run("--force", folder.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 of 1 volumes imported.");
    }

    @Test
    void aBrokenFileFailsWithExitCode1AndTheOthersStillImport(@TempDir Path folder) throws Exception {
        Path junk = folder.resolve("junk.xml");
        Files.writeString(junk, "<TEI><unclosed>");
        assertThat(run("--force", junk.toString(), Frus.file("frus1917-72PubDip").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("junk.xml: not imported");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 of 2 volumes imported; 1 failed");
    }

    @Test
    void usageErrorsExitWith2() {
        assertThat(run("/no/such/file.xml")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("No such file or folder");
        assertThat(run("--frobnicate")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
    }
}
