package org.cablearchive.records.tei.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.cablearchive.people.PersonDraft;
import org.cablearchive.people.TermDraft;
import org.cablearchive.records.ChapterDraft;
import org.cablearchive.records.VolumeDocumentDraft;
import org.cablearchive.records.VolumeDraft;
import org.cablearchive.records.VolumeSink;
import org.junit.jupiter.api.Test;

/** The reader keeps nothing it has handed over (memory independent of the volume), and how fast it is. */
class StreamingTest {

    /** Discards everything; remembers documents only weakly, and checks at times that old ones are gone. */
    private static final class DiscardingSink implements VolumeSink {
        final List<WeakReference<VolumeDocumentDraft>> documents = new ArrayList<>();
        int mostRetained;
        int checks;

        @Override
        public void part(org.cablearchive.records.VolumePartDraft part) {
            // the parts are written as they come; nothing of them is kept here
        }

        @Override
        public void document(VolumeDocumentDraft document) {
            documents.add(new WeakReference<>(document));
            if (documents.size() % 50 == 0) {
                // all but the one being delivered (which the reader still holds) must be collectable
                int retained = retained(documents.size() - 1);
                for (int i = 0; i < 5 && retained > 0; i++) {
                    System.gc();
                    retained = retained(documents.size() - 1);
                }
                mostRetained = Math.max(mostRetained, retained);
                checks++;
            }
        }

        private int retained(int upTo) {
            int n = 0;
            for (int i = 0; i < upTo; i++) {
                n += documents.get(i).get() == null ? 0 : 1;
            }
            return n;
        }

        @Override
        public void volume(VolumeDraft volume) { }

        @Override
        public void person(PersonDraft person) { }

        @Override
        public void term(TermDraft term) { }

        @Override
        public void chapter(ChapterDraft chapter) { }

        @Override
        public void warning(String message) { }
    }

    @Test
    void documentsHandedOverAreNotRetained() throws IOException {
        DiscardingSink sink = new DiscardingSink();
        try (InputStream in = Files.newInputStream(Fixtures.volume("frus1951v07p2"))) {
            new FrusTeiReader().read(in, "frus1951v07p2", sink);
        }
        assertThat(sink.documents).hasSize(333);
        assertThat(sink.checks).isEqualTo(6);
        assertThat(sink.mostRetained).as("documents still reachable after being handed over").isZero();
    }

    @Test
    void oneReaderServesThreadsAtOnce() throws Exception {
        FrusTeiReader shared = new FrusTeiReader();
        byte[] bytes = Files.readAllBytes(Fixtures.volume("frus1969-76v12"));
        List<VolumeDocumentDraft> alone = readWith(shared, bytes);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<VolumeDocumentDraft>>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> readWith(shared, bytes)));
            }
            for (java.util.concurrent.Future<List<VolumeDocumentDraft>> run : runs) {
                assertThat(run.get()).isEqualTo(alone);
            }
        } finally {
            pool.shutdown();
        }
    }

    private static List<VolumeDocumentDraft> readWith(FrusTeiReader reader, byte[] bytes) {
        CollectingSink sink = new CollectingSink();
        reader.read(new java.io.ByteArrayInputStream(bytes), "v", sink);
        return sink.documents;
    }

    @Test
    void printsDocumentsPerSecond() throws IOException {
        long totalDocs = 0;
        long totalNanos = 0;
        for (int warmup = 0; warmup < 3; warmup++) {
            for (String volume : Fixtures.VOLUMES) {
                readCounting(Files.readAllBytes(Fixtures.volume(volume)), volume);
            }
        }
        for (String volume : Fixtures.VOLUMES) {
            byte[] bytes = Files.readAllBytes(Fixtures.volume(volume));
            int rounds = 5;
            long start = System.nanoTime();
            int docs = 0;
            for (int i = 0; i < rounds; i++) {
                docs = readCounting(bytes, volume);
            }
            long nanos = (System.nanoTime() - start) / rounds;
            totalDocs += docs;
            totalNanos += nanos;
            System.out.printf("TEI reading speed: %-18s %4d documents, %5.2f MB in %6.1f ms = %,8.0f documents/s, %5.1f MB/s%n",
                    volume, docs, bytes.length / 1e6, nanos / 1e6, docs / (nanos / 1e9), bytes.length / 1e6 / (nanos / 1e9));
        }
        System.out.printf("TEI reading speed: all three volumes %d documents = %,.0f documents/s%n", totalDocs,
                totalDocs / (totalNanos / 1e9));
        assertThat(totalDocs).isPositive();
    }

    private static int readCounting(byte[] bytes, String volume) {
        CollectingSink sink = new CollectingSink();
        new FrusTeiReader().read(new java.io.ByteArrayInputStream(bytes), volume, sink);
        return sink.documents.size();
    }
}
