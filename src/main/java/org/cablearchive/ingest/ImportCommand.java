package org.cablearchive.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.cablearchive.ingest.volumes.VolumeImporter;
import org.cablearchive.ingest.volumes.VolumeReaders;
import org.cablearchive.records.UnreadableVolumeException;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar cable-archive.jar import [--draft] [--force] [--publish-changes] PATH...}: imports the volume files
 * named, or every file in the folders named that a format of the archive claims by its ending ({@link VolumeReaders}:
 * {@code .xml} for FRUS TEI), one volume at a time, showing progress. The exit code is 0 when every
 * volume was imported, 1 when any failed (those volumes are left as they were), 2 for a usage error.
 */
@Component
public class ImportCommand {

    static final String USAGE = "Usage: java -jar cable-archive.jar import [--draft] [--force] [--publish-changes] FILE-OR-FOLDER...\n"
            + "  --draft            import documents as drafts instead of published\n"
            + "  --force            overwrite documents edited since the last import (otherwise reported as conflicts)\n"
            + "  --publish-changes  publish changed readings of published documents at once (otherwise they wait for\n"
            + "                     an editor's review; whoever runs the command line stands as an editor)";

    private final VolumeImporter importer;
    private final VolumeReaders readers;
    private int documents;

    ImportCommand(VolumeImporter importer, VolumeReaders readers) {
        this.importer = importer;
        this.readers = readers;
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        documents = 0;
        boolean draft = false;
        boolean force = false;
        boolean publishChanges = false;
        List<Path> paths = new ArrayList<>();
        for (String arg : args) {
            switch (arg) {
                case "--draft" -> draft = true;
                case "--force" -> force = true;
                case "--publish-changes" -> publishChanges = true;
                case "--help", "-h" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    if (arg.startsWith("--")) {
                        err.println("Unknown option " + arg + "\n" + USAGE);
                        return 2;
                    }
                    paths.add(Path.of(arg));
                }
            }
        }
        List<Path> files;
        try {
            files = expand(paths, readers::isVolumeFile);
        } catch (IllegalArgumentException | IOException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (files.isEmpty()) {
            err.println("No files to import.\n" + USAGE);
            return 2;
        }
        int failed = 0;
        HeapPeak heap = new HeapPeak();
        long started = System.nanoTime();
        for (Path file : files) {
            if (!importOne(file, new VolumeImporter.Options(draft, force, publishChanges), out, err)) {
                failed++;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "%d of %d volumes imported%s%n", files.size() - failed, files.size(),
                failed == 0 ? "." : "; " + failed + " failed and were left unchanged.");
        out.printf(Locale.ROOT, "%d documents in %.1f s: %.0f documents/s; peak heap %d MB (max %d MB)%n", documents,
                seconds, documents / seconds, heap.bytes() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        heap.close();
        return failed == 0 ? 0 : 1;
    }

    private boolean importOne(Path file, VolumeImporter.Options options, PrintStream out, PrintStream err) {
        String fileName = file.getFileName().toString();
        String name = readers.forFile(fileName).baseName(fileName);
        try (InputStream in = Files.newInputStream(file)) {
            ProgressBar bar = new ProgressBar(name, Files.size(file), err);
            long started = System.nanoTime();
            VolumeImporter.Result result = importer.importFile(in, fileName, options, bar, "cli");
            bar.done(result.documents());
            documents += result.documents();
            out.printf(Locale.ROOT, "%s: %d documents (%d new, %d updated) in %.2f s, %d conflicts, %d warnings, "
                            + "%d references resolved%n", result.volumeId(), result.documents(), result.created(), result.updated(),
                    (System.nanoTime() - started) / 1e9, result.conflicts().size(), result.warnings().size(),
                    result.resolvedReferences());
            result.conflicts().forEach(id -> out.println("  conflict: " + id
                    + " was edited since the last import and was left as it is (use --force to overwrite)"));
            result.forReview().forEach(id -> out.println("  for review: " + id
                    + " is published and reads differently now: the new reading waits for an editor's review"
                    + " (use --publish-changes to publish it at once)"));
            result.warnings().forEach(w -> out.println("  warning: " + w));
            return true;
        } catch (UnreadableVolumeException | IOException | IllegalArgumentException e) {
            err.println();
            err.println(file + ": not imported: " + e.getMessage());
            return false;
        } catch (RuntimeException e) {
            err.println();
            err.println(file + ": " + VolumeImporter.refusal(e));
            return false;
        }
    }

    /** The files named, and in the folders named those whose name {@code volumeFile} accepts, in name order. */
    static List<Path> expand(List<Path> paths, Predicate<String> volumeFile) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> found = Files.walk(path)) {
                    found.filter(p -> Files.isRegularFile(p) && volumeFile.test(p.getFileName().toString())).sorted()
                            .forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new IllegalArgumentException("No such file or folder: " + path);
            }
        }
        return files;
    }

    /** A one-line progress bar: documents, documents per second, and the time left, judged from the bytes read. */
    static final class ProgressBar implements VolumeImporter.Progress {
        private static final int WIDTH = 30;
        private final String name;
        private final long size;
        private final PrintStream err;
        private final long started = System.nanoTime();
        private long lastDrawn;

        ProgressBar(String name, long size, PrintStream err) {
            this.name = name;
            this.size = Math.max(size, 1);
            this.err = err;
        }

        @Override
        public void advanced(int documents, long bytesRead) {
            long now = System.nanoTime();
            if (now - lastDrawn < 100_000_000L) {
                return;
            }
            lastDrawn = now;
            draw(documents, Math.min(1.0, (double) bytesRead / size), now);
        }

        void done(int documents) {
            draw(documents, 1.0, System.nanoTime());
            err.println();
        }

        private void draw(int documents, double share, long now) {
            double seconds = Math.max((now - started) / 1e9, 1e-3);
            long eta = share > 0 ? Math.round(seconds / share - seconds) : 0;
            int filled = (int) Math.round(share * WIDTH);
            err.printf(Locale.ROOT, "\r%s [%s%s] %3d%%  %d documents  %.0f documents/s  ETA %d:%02d ", name,
                    "#".repeat(filled), " ".repeat(WIDTH - filled), Math.round(share * 100), documents,
                    documents / seconds, eta / 60, eta % 60);
            err.flush();
        }
    }
}
