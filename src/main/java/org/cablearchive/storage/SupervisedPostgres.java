package org.cablearchive.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The archive's embedded PostgreSQL server, watched: when the server dies (a {@code kill -9} of the postmaster, an
 * out-of-memory kill) it is started again on the same data folder and the same port, so the connection pool finds
 * it again by itself. {@code fsync} and {@code synchronous_commit} are on, so PostgreSQL's crash recovery replays
 * everything that was acknowledged. While the server is down {@link #isDown()} says so, and requests are answered
 * 503 at once rather than waiting for a connection. When restarting keeps failing for {@link #GIVE_UP_AFTER}, the
 * supervisor says it cannot recover ({@link #hasGivenUp()}), which the liveness probe reports.
 */
final class SupervisedPostgres implements Closeable, DatabaseServer {

    private static final Logger log = LoggerFactory.getLogger(SupervisedPostgres.class);
    static final Duration GIVE_UP_AFTER = Duration.ofMinutes(2);
    private static final long WATCH_MILLIS = 100;

    private final Path pgData;
    private final ScheduledExecutorService watch;
    private volatile EmbeddedPostgres server;
    private volatile int port;
    private volatile Instant downSince;
    private volatile boolean givenUp;
    private volatile boolean closed;
    private volatile int restarts;
    private final AtomicBoolean checkAsked = new AtomicBoolean();

    private SupervisedPostgres(Path pgData) {
        this.pgData = pgData;
        this.watch = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "postgres-supervisor");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the server on {@code pgData} (stopping a server an earlier, killed run left there) and watches it. */
    static SupervisedPostgres start(Path pgData) throws IOException {
        SupervisedPostgres supervised = new SupervisedPostgres(pgData);
        Files.createDirectories(pgData);
        OrphanedServer.stopIfRunning(pgData);
        supervised.server = build(pgData, 0);
        supervised.port = supervised.server.getPort();
        supervised.watch.scheduleWithFixedDelay(supervised::check, WATCH_MILLIS, WATCH_MILLIS, TimeUnit.MILLISECONDS);
        return supervised;
    }

    static EmbeddedPostgres build(Path pgData, int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // after a crash, one syncfs of the folder's file system before recovery instead of an fsync of each
                // file (the same guarantee; seconds less on a busy disk)
                .setServerConfig("recovery_init_sync_method", "syncfs");
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    EmbeddedPostgres server() {
        return server;
    }

    String jdbcUrl() {
        return server.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public boolean isDown() {
        return downSince != null;
    }

    /**
     * Waits, at most {@code limit}, while the server is known to be down: the pool's new connections are opened here,
     * so that they are opened as soon as the server is back rather than after the pool's back-off (which grows to
     * seconds while every attempt is refused), and so that no attempt is wasted on a server being restarted.
     */
    void awaitUp(Duration limit) {
        Instant until = Instant.now().plus(limit);
        while (isDown() && !closed && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Something failed to reach the server: look at once rather than at the next round of the watch. */
    @Override
    public void suspectDown() {
        if (!closed && !isDown() && checkAsked.compareAndSet(false, true)) {
            watch.execute(() -> {
                checkAsked.set(false);
                check();
            });
        }
    }

    @Override
    public boolean hasGivenUp() {
        return givenUp;
    }

    @Override
    public int restarts() {
        return restarts;
    }

    /**
     * Whether the postmaster is alive: the process that {@code postmaster.pid} names (zonky starts it through
     * {@code pg_ctl}, which exits once the server runs, so its own process handle says nothing).
     */
    boolean serverAlive() {
        try {
            return OrphanedServer.find(pgData).isPresent();
        } catch (IOException e) {
            return true; // cannot read the pid file: do not restart on a guess
        }
    }

    private void check() {
        if (closed) {
            return;
        }
        try {
            if (serverAlive()) {
                return;
            }
            if (downSince == null) {
                downSince = Instant.now();
                log.error("The embedded PostgreSQL server on {} has died; starting it again", pgData);
            }
            restart();
        } catch (RuntimeException | Error e) {
            log.error("Could not check or restart the embedded PostgreSQL server", e);
        }
    }

    private void restart() {
        EmbeddedPostgres dead = server;
        try {
            dead.close(); // releases zonky's lock on the folder; pg_ctl stop finds nothing to stop
        } catch (IOException | RuntimeException e) {
            log.debug("Closing the dead server: {}", e.toString());
        }
        try {
            OrphanedServer.stopIfRunning(pgData); // a postmaster that lost its parent but still runs
            server = build(pgData, port);
            Duration down = Duration.between(downSince, Instant.now());
            downSince = null;
            givenUp = false;
            restarts++;
            log.warn("The embedded PostgreSQL server is back on port {} after {} ms", port, down.toMillis());
        } catch (IOException | RuntimeException e) {
            Duration down = Duration.between(downSince, Instant.now());
            log.warn("Starting the embedded PostgreSQL server again failed ({} s down): {}", down.toSeconds(), e.toString());
            if (down.compareTo(GIVE_UP_AFTER) > 0) {
                givenUp = true;
            }
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        watch.shutdownNow();
        try {
            watch.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.close();
    }
}
