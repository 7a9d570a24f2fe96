package org.cablearchive.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cablearchive.accounts.Reader;
import org.cablearchive.ingest.volumes.VolumeImporter;
import org.cablearchive.ingest.volumes.VolumeReader;
import org.cablearchive.ingest.volumes.VolumeReaders;
import org.cablearchive.records.tei.CanonicalTei;
import org.cablearchive.publishing.VolumeTei;
import org.cablearchive.records.UnreadableVolumeException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code java -jar cable-archive.jar verify-roundtrip FILE-OR-FOLDER...}: for every volume, imports it into the
 * archive and exports it again exactly as {@code /volumes/{id}.xml} does, then compares the export with the file
 * as canonical XML. Each volume is imported in a transaction of its own that is rolled back once compared, so the
 * archive is left as it was. Prints {@code identical} or the first differences (path, expected, actual) per volume;
 * the exit code is 0 when every volume came back identical, 1 otherwise, 2 for a usage error.
 */
@Component
public class RoundTripCommand {

    static final String USAGE = "Usage: java -jar cable-archive.jar verify-roundtrip FILE-OR-FOLDER...\n"
            + "  imports each volume into the archive (rolled back afterwards), exports it, and compares the two";

    private final VolumeImporter importer;
    private final VolumeReader tei;
    private final VolumeTei volumeTei;
    private final TransactionTemplate transaction;

    RoundTripCommand(VolumeImporter importer, VolumeReaders readers, VolumeTei volumeTei,
                     PlatformTransactionManager transactions) {
        this.importer = importer;
        this.tei = readers.standard(); // what is compared is TEI: the archive's own format, the one it exports
        this.volumeTei = volumeTei;
        this.transaction = new TransactionTemplate(transactions);
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.contains("--help") || args.contains("-h")) {
            (args.isEmpty() ? err : out).println(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        List<Path> files;
        try {
            files = ImportCommand.expand(args.stream().map(Path::of).toList(), tei::accepts);
        } catch (IllegalArgumentException | IOException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (files.isEmpty()) {
            err.println("No " + String.join(", ", tei.extensions()) + " files to verify.\n" + USAGE);
            return 2;
        }
        int identical = 0;
        for (Path file : files) {
            if (verify(file, out)) {
                identical++;
            }
        }
        out.printf(Locale.ROOT, "%d of %d volumes identical after import and export.%n", identical, files.size());
        return identical == files.size() ? 0 : 1;
    }

    private boolean verify(Path file, PrintStream out) {
        String name = tei.baseName(file.getFileName().toString());
        long started = System.nanoTime();
        Path exported = null;
        try {
            exported = Files.createTempFile("roundtrip-", ".xml");
            Path target = exported;
            List<CanonicalTei.Difference> differences = transaction.execute(tx -> {
                tx.setRollbackOnly(); // the archive is left as it was, whatever happens
                try (InputStream in = Files.newInputStream(file); OutputStream written = Files.newOutputStream(target)) {
                    VolumeImporter.Result result = importer.importVolume(in, name,
                            new VolumeImporter.Options(false, true), VolumeImporter.Progress.NONE, "verify-roundtrip");
                    volumeTei.write(result.volumeId(), Reader.SYSTEM, written);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                try (InputStream original = Files.newInputStream(file); InputStream back = Files.newInputStream(target)) {
                    return CanonicalTei.differences(original, back, 5);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            if (differences.isEmpty()) {
                out.printf(Locale.ROOT, "%s: identical (%.1f s)%n", name, seconds);
                return true;
            }
            out.printf(Locale.ROOT, "%s: different (%.1f s)%n", name, seconds);
            differences.forEach(d -> out.println("  at " + d.path() + "\n    expected: " + d.expected()
                    + "\n    actual:   " + d.actual()));
            return false;
        } catch (UnreadableVolumeException | IllegalArgumentException | UncheckedIOException e) {
            out.println(name + ": not imported: " + e.getMessage());
            return false;
        } catch (IOException e) {
            out.println(name + ": " + e.getMessage());
            return false;
        } catch (RuntimeException e) {
            out.println(name + ": " + VolumeImporter.refusal(e));
            return false;
        } finally {
            if (exported != null) {
                try {
                    Files.deleteIfExists(exported);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }
}
