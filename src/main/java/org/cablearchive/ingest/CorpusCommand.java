package org.cablearchive.ingest;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.cablearchive.ingest.corpus.CorpusGenerator;
import org.cablearchive.ingest.corpus.CorpusMaterial;
import org.cablearchive.people.Persons;
import org.cablearchive.records.ChapterDraft;
import org.cablearchive.records.VolumeDocumentDraft;
import org.cablearchive.records.VolumeStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code java -jar cable-archive.jar corpus N [--seed S] --from FOLDER}: builds a corpus of N documents from real
 * FRUS text ({@link CorpusGenerator}) and loads it into the archive through the same path as a volume import
 * (a volume a transaction, new documents written with COPY, references resolved by the archive's own resolver),
 * while the next volume is generated on a thread of its own. It is a bulk load ({@link VolumeStore#bulkLoad}): the
 * secondary indexes no load reads are built once at the end, and volumes commit without waiting for the disk until
 * then. The search index is not touched here: the caller
 * rebuilds it in one pass afterwards, which is faster than indexing volume by volume.
 */
@Component
public class CorpusCommand {

    static final String USAGE = "Usage: java -jar cable-archive.jar corpus N [--seed S] --from FOLDER-OR-FILE\n"
            + "  N       how many documents to generate (10000, 100000, 1000000…)\n"
            + "  --seed  the corpus is the same for the same seed and material (default 1)\n"
            + "  --from  FRUS TEI volumes to take the text from (bench/scale.sh gives the shared fixtures)";

    private final VolumeStore store;
    private final Persons persons;
    private final TransactionTemplate transactions;

    CorpusCommand(VolumeStore store, Persons persons, PlatformTransactionManager transactions) {
        this.store = store;
        this.persons = persons;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** What a run loaded. */
    public record Loaded(int documents, int volumes, double seconds) { }

    /** Parses the arguments and loads; the exit code is 0 when loaded, 2 for a usage error. */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Integer documents = null;
        long seed = 1;
        Path from = null;
        try {
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--seed" -> seed = Long.parseLong(args.get(++i));
                    case "--from" -> from = Path.of(args.get(++i));
                    case "--help", "-h" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    default -> documents = Integer.parseInt(arg.replace("_", "").replace(",", ""));
                }
            }
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            err.println("Bad arguments " + args + "\n" + USAGE);
            return 2;
        }
        if (documents == null || documents < 1) {
            err.println("Say how many documents to generate.\n" + USAGE);
            return 2;
        }
        if (from == null) {
            err.println("Say which FRUS TEI volumes to take the text from (--from FOLDER).\n" + USAGE);
            return 2;
        }
        try {
            load(from, seed, documents, out, err);
            return 0;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    /** Reads the material, generates {@code documents} documents and loads them; prints progress on {@code err}. */
    public Loaded load(Path from, long seed, int documents, PrintStream out, PrintStream err) {
        return load(from, seed, documents, out, err, true);
    }

    /** As {@link #load(Path, long, int, PrintStream, PrintStream)}; {@code bulk} false: as an ordinary import would. */
    Loaded load(Path from, long seed, int documents, PrintStream out, PrintStream err, boolean bulk) {
        long started = System.nanoTime();
        CorpusMaterial material = CorpusMaterial.read(from);
        out.printf(Locale.ROOT, "material: %s in %.1f s%n", material.summary(), (System.nanoTime() - started) / 1e9);
        CorpusGenerator generator = new CorpusGenerator(material, seed, documents);
        BlockingQueue<CorpusGenerator.GeneratedVolume> ready = new ArrayBlockingQueue<>(2);
        RuntimeException[] failure = new RuntimeException[1];
        Thread making = new Thread(() -> {
            try {
                while (generator.hasNext()) {
                    ready.put(generator.next());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        }, "corpus-generator");
        making.setDaemon(true);
        making.start();
        long loading = System.nanoTime();
        int loaded = 0;
        int volumes = 0;
        VolumeStore.BulkLoad bulkLoad = bulk ? store.bulkLoad() : null;
        try {
            while (loaded < documents) {
                CorpusGenerator.GeneratedVolume v = ready.poll(1, TimeUnit.SECONDS);
                if (v == null) {
                    if (failure[0] != null) {
                        throw failure[0];
                    }
                    continue;
                }
                transactions.executeWithoutResult(status -> {
                    if (bulkLoad != null) {
                        bulkLoad.commitLazily();
                    }
                    save(v);
                });
                loaded += v.documents().size();
                volumes++;
                double s = (System.nanoTime() - loading) / 1e9;
                err.printf(Locale.ROOT, "\rcorpus: %,d of %,d documents, %d volumes, %.0f documents/s   ", loaded, documents,
                        volumes, loaded / s);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            making.interrupt();
            err.println();
            if (bulkLoad != null) {
                long building = System.nanoTime();
                bulkLoad.close(); // also after a failure: what was committed keeps its indexes
                out.printf(Locale.ROOT, "deferred indexes built again and tables analyzed in %.1f s%n",
                        (System.nanoTime() - building) / 1e9);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "loaded %d documents in %d volumes in %.1f s: %.0f documents/s%n", loaded, volumes, seconds,
                loaded / seconds);
        return new Loaded(loaded, volumes, seconds);
    }

    private void save(CorpusGenerator.GeneratedVolume v) {
        persons.registerAll(v.volume().id(), v.persons());
        VolumeStore.VolumeLoad load = store.load(v.volume(), false, false, "corpus");
        for (ChapterDraft c : v.chapters()) {
            load.chapter(c);
        }
        for (VolumeDocumentDraft d : v.documents()) {
            load.document(d);
        }
        load.finish();
    }
}
