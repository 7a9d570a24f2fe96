package org.cablearchive.records.tei.reader;

import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.cablearchive.people.PersonDraft;
import org.cablearchive.people.TermDraft;
import org.cablearchive.records.ChapterDraft;
import org.cablearchive.records.VolumeDocumentDraft;
import org.cablearchive.records.VolumeDraft;
import org.cablearchive.records.VolumePartDraft;
import org.cablearchive.records.VolumeSink;

/**
 * Reads a volume on a thread of its own while the calling thread takes what was read: parsing and saving then
 * run side by side. The sink is called on the calling thread only (where its transaction is), in file order. A
 * bounded queue keeps memory flat: the reader waits when it is {@value #AHEAD} pieces ahead.
 */
final class ReadAhead {

    static final int AHEAD = 64;

    private ReadAhead() {
    }

    /** One piece handed over: something to tell the sink, the end, or the reader's failure. */
    private record Piece(Consumer<VolumeSink> call, RuntimeException failure, boolean end) { }

    static void read(FrusTeiReader reader, InputStream in, String fileBaseName, VolumeSink sink) {
        BlockingQueue<Piece> queue = new ArrayBlockingQueue<>(AHEAD);
        Thread thread = new Thread(() -> {
            try {
                reader.read(in, fileBaseName, new Forwarder(queue));
                queue.put(new Piece(null, null, true));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the taker gave up: nothing more is wanted
            } catch (RuntimeException e) {
                try {
                    queue.put(new Piece(null, e, true));
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "tei-reader " + fileBaseName);
        thread.setDaemon(true);
        thread.start();
        try {
            while (true) {
                Piece p = queue.take();
                if (p.failure() != null) {
                    throw p.failure();
                }
                if (p.end()) {
                    return;
                }
                p.call().accept(sink);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TeiImportException("The import was interrupted before the volume was read to its end.");
        } finally {
            thread.interrupt(); // when the sink failed, the reader must not wait for a taker forever
        }
    }

    /** The sink the reading thread calls: it queues each call for the taking thread. */
    private record Forwarder(BlockingQueue<Piece> queue) implements VolumeSink {

        private void forward(Consumer<VolumeSink> call) {
            try {
                queue.put(new Piece(call, null, false));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Abandoned();
            }
        }

        @Override
        public void volume(VolumeDraft volume) {
            forward(s -> s.volume(volume));
        }

        @Override
        public void person(PersonDraft person) {
            forward(s -> s.person(person));
        }

        @Override
        public void term(TermDraft term) {
            forward(s -> s.term(term));
        }

        @Override
        public void chapter(ChapterDraft chapter) {
            forward(s -> s.chapter(chapter));
        }

        @Override
        public void part(VolumePartDraft part) {
            forward(s -> s.part(part));
        }

        @Override
        public void document(VolumeDocumentDraft document) {
            forward(s -> s.document(document));
        }

        @Override
        public void warning(String message) {
            forward(s -> s.warning(message));
        }
    }

    /** Thrown on the reading thread when the taker has gone: it unwinds the reader, and no one sees it. */
    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super(null, null, false, false);
        }
    }
}
