package org.cablearchive.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on our data folder by an earlier run that died without closing it (a
 * {@code kill -9} of the JVM leaves the embedded server behind). Starting over it would quietly connect to the
 * orphan, which nothing stops any more; so we stop it cleanly first and start our own.
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    private static final Duration GRACE = Duration.ofSeconds(30);

    private OrphanedServer() {
    }

    /** Stops the server that {@code dataDir/postmaster.pid} names, if it is a live postgres on this folder. */
    static void stopIfRunning(Path dataDir) throws IOException {
        Optional<ProcessHandle> orphan = find(dataDir);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle server = orphan.get();
        log.warn("A PostgreSQL server (pid {}) from an earlier run is still using {}; stopping it before starting afresh",
                server.pid(), dataDir);
        // SIGTERM is PostgreSQL's "smart" shutdown: it finishes and flushes, then exits.
        server.destroy();
        Instant deadline = Instant.now().plus(GRACE);
        while (server.isAlive() && Instant.now().isBefore(deadline)) {
            sleep();
        }
        if (server.isAlive()) {
            throw new IllegalStateException("The PostgreSQL server (pid " + server.pid() + ") left running on " + dataDir
                    + " did not stop within " + GRACE.toSeconds() + " s; stop it by hand and start again.");
        }
        log.info("Stopped the earlier PostgreSQL server (pid {})", server.pid());
    }

    static Optional<ProcessHandle> find(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 2) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Path recordedDir = Path.of(lines.get(1).trim());
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                .filter(p -> sameFolder(recordedDir, dataDir));
    }

    private static boolean sameFolder(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the earlier PostgreSQL server to stop", e);
        }
    }
}
