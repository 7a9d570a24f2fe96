package org.cablearchive.records.tei.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;
import org.cablearchive.records.VolumeDocumentDraft;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    private final FrusTeiReader reader = new FrusTeiReader();

    @Test
    void givesTheSinkWhatReadGivesInTheSameOrderOnTheCallingThread() throws Exception {
        CollectingSink direct = Fixtures.read("frus1969-76v12");
        Set<Thread> threads = new HashSet<>();
        CollectingSink ahead = new CollectingSink() {
            @Override
            public void document(VolumeDocumentDraft document) {
                threads.add(Thread.currentThread());
                super.document(document);
            }
        };
        try (InputStream in = Files.newInputStream(Fixtures.volume("frus1969-76v12"))) {
            reader.readAhead(in, "frus1969-76v12", ahead);
        }
        assertThat(ahead.calls).isEqualTo(direct.calls);
        assertThat(ahead.documents).isEqualTo(direct.documents);
        assertThat(threads).containsExactly(Thread.currentThread());
    }

    @Test
    void aSinkThatFailsStopsTheReaderAndItsFailureIsTheOneSeen() throws Exception {
        CollectingSink failing = new CollectingSink() {
            @Override
            public void document(VolumeDocumentDraft document) {
                if (documents.size() == 3) {
                    throw new IllegalStateException("the archive refused document 4");
                }
                super.document(document);
            }
        };
        try (InputStream in = Files.newInputStream(Fixtures.volume("frus1969-76v12"))) {
            assertThatThrownBy(() -> reader.readAhead(in, "stopped-volume", failing))
                    .isInstanceOf(IllegalStateException.class).hasMessage("the archive refused document 4");
        }
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (readerThreadAlive("stopped-volume") && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(readerThreadAlive("stopped-volume")).as("the reading thread ended").isFalse();
    }

    @Test
    void aFileTheReaderRefusesFailsAsReadFails() {
        byte[] notTei = "<html><body>not a volume</body></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.readAhead(new ByteArrayInputStream(notTei), "html", new CollectingSink()))
                .isInstanceOf(TeiImportException.class);
    }

    private static boolean readerThreadAlive(String name) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("tei-reader " + name) && t.isAlive());
    }
}
