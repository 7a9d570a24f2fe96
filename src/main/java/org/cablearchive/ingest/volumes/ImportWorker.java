package org.cablearchive.ingest.volumes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cablearchive.records.UnreadableVolumeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This app node's share of the import work: it claims the oldest queued job from the table
 * ({@code for update skip locked}, so two nodes never claim the same one), runs it one volume at a time, and beats a
 * heartbeat while it does, with the job's progress. A job is resumed where it stopped: the files done are marked so,
 * with their outcome added to the job's row. Only a serving app runs jobs (not the command-line runs). Jobs run on
 * a one-thread executor of Spring's ({@link ImportExecutors}), the polling and the heartbeat on Spring Boot's task
 * scheduler; both are shut down with the application, after this worker has stopped.
 */
@Component
@ConditionalOnWebApplication
class ImportWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);

    private final VolumeImporter importer;
    private final ImportFiles files;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ImportNode node;
    private final Path scratch;
    private final Duration pollInterval;
    private final Duration heartbeatInterval;

    private final AsyncTaskExecutor runner;
    private final TaskScheduler clock;
    private final AtomicBoolean draining = new AtomicBoolean();
    private volatile boolean running;
    private volatile Future<?> drained;
    private final List<ScheduledFuture<?>> ticks = new ArrayList<>();
    private volatile Running current;

    ImportWorker(VolumeImporter importer, ImportFiles files, JdbcClient jdbc, PlatformTransactionManager transactions,
                 ImportNode node, @Qualifier(ImportExecutors.RUNNER) AsyncTaskExecutor runner, TaskScheduler clock,
                 @Value("${archive.data-dir}") Path dataDir,
                 @Value("${archive.imports.poll-interval:5s}") Duration pollInterval,
                 @Value("${archive.imports.heartbeat-interval:5s}") Duration heartbeatInterval) {
        this.importer = importer;
        this.files = files;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.node = node;
        this.runner = runner;
        this.clock = clock;
        this.scratch = dataDir.resolve("imports");
        this.pollInterval = pollInterval;
        this.heartbeatInterval = heartbeatInterval;
    }

    /** What this node is running just now, as the heartbeat reports it. */
    private static final class Running {
        final UUID id;
        /** Documents of the files done (by this node or an earlier attempt), and so far in the file being read. */
        volatile int done;
        volatile int documents;
        volatile int percent;
        volatile String file;
        volatile boolean lost;

        Running(UUID id, int done) {
            this.id = id;
            this.done = done;
        }
    }

    /** A job this node claimed, with what its earlier attempts found. */
    private record Claimed(UUID id, VolumeImporter.Options options, String by) { }

    /** Thrown from the importer's progress when another node has taken the job over: this node stops at once. */
    private static final class TakenOver extends RuntimeException {
        TakenOver() {
            super("The job was taken over by another node", null, false, false);
        }
    }

    @Override
    public synchronized void start() {
        resumeOwnJobs();
        running = true;
        ticks.add(clock.scheduleWithFixedDelay(this::lookForWork, pollInterval));
        ticks.add(clock.scheduleWithFixedDelay(this::heartbeat, Instant.now().plus(heartbeatInterval),
                heartbeatInterval));
    }

    /**
     * A node with a name of its own ({@code archive.node-id}) that restarts after a crash takes its unfinished jobs
     * back at once, rather than after the heartbeat timeout.
     */
    private void resumeOwnJobs() {
        try {
            int n = jdbc.sql("update import_job set status = 'QUEUED', node = null where status = 'RUNNING' and node = ?")
                    .param(node.id()).update();
            if (n > 0) {
                log.warn("{} import jobs this node had not finished go back to the queue", n);
            }
        } catch (RuntimeException e) {
            log.warn("Could not look for this node's unfinished import jobs", e);
        }
    }

    /**
     * Takes no new job, and lets the volume being imported finish (a stop mid-volume would only waste it); the job's
     * other volumes go back to the queue.
     */
    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        ticks.forEach(tick -> tick.cancel(false));
        ticks.clear();
        Future<?> last = drained;
        if (last != null) {
            try {
                last.get(10, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException | CancellationException e) {
                log.warn("The import running as this node stops did not end cleanly", e);
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** A job queued on this node starts here at once, unless this node is busy (another node may then take it). */
    @EventListener
    void queued(ImportJobs.Queued job) {
        lookForWork();
    }

    void lookForWork() {
        if (running && draining.compareAndSet(false, true)) {
            try {
                drained = runner.submit(this::drain);
            } catch (RuntimeException e) {
                draining.set(false);
            }
        }
    }

    private void drain() {
        try {
            Optional<Claimed> job;
            while (!stopping() && (job = claim()).isPresent()) {
                run(job.get());
            }
        } catch (RuntimeException e) {
            log.warn("Looking for import jobs failed; trying again in {}", pollInterval, e);
        } finally {
            draining.set(false);
        }
    }

    private boolean stopping() {
        return !running;
    }

    private Optional<Claimed> claim() {
        return jdbc.sql("""
                        update import_job set status = 'RUNNING', node = ?, heartbeat_at = now(),
                               started_at = coalesce(started_at, now()), attempts = attempts + 1
                        where id = (select id from import_job where status = 'QUEUED' order by created_at
                                    limit 1 for update skip locked)
                        returning id, as_draft, forced, publish_changes, created_by""")
                .param(node.id())
                .query((rs, n) -> new Claimed((UUID) rs.getObject("id"), new VolumeImporter.Options(rs.getBoolean("as_draft"),
                        rs.getBoolean("forced"), rs.getBoolean("publish_changes")), rs.getString("created_by")))
                .optional();
    }

    private void run(Claimed job) {
        Running running = new Running(job.id(), files.documentsDone(job.id()));
        current = running;
        try {
            for (ImportFiles.StoredFile file : files.waiting(job.id())) {
                if (stopping()) {
                    release(job);
                    return;
                }
                running.file = file.name();
                running.percent = 0;
                if (!importOne(job, file, running)) {
                    return; // taken over by another node: its outcome is that node's to write
                }
            }
            transaction.executeWithoutResult(status -> {
                int n = jdbc.sql("""
                                update import_job set status = case when error is null then 'SUCCEEDED' else 'FAILED' end,
                                       finished_at = now(), current_file = null, percent = 100
                                where id = ? and node = ? and status = 'RUNNING'""")
                        .params(job.id(), node.id()).update();
                if (n == 1) {
                    files.remove(job.id());
                }
            });
        } finally {
            current = null;
        }
    }

    /** This node stops between two volumes of a job: the job goes back to the queue, for any node to resume. */
    private void release(Claimed job) {
        jdbc.sql("update import_job set status = 'QUEUED', node = null where id = ? and node = ? and status = 'RUNNING'")
                .params(job.id(), node.id()).update();
        log.info("Import job {} goes back to the queue as this node stops", job.id());
    }

    /** Imports one file and adds its outcome to the job; false if the job is no longer this node's. */
    private boolean importOne(Claimed job, ImportFiles.StoredFile file, Running running) {
        List<String> warnings = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        List<String> forReview = new ArrayList<>();
        String error = null;
        int documents = 0;
        Path local = null;
        try {
            Files.createDirectories(scratch);
            local = Files.createTempFile(scratch, job.id() + "-", ".upload");
            files.copy(file, local);
            long size = Math.max(file.size(), 1);
            try (InputStream in = Files.newInputStream(local)) {
                VolumeImporter.Result result = importer.importFile(in, file.name(),
                        job.options(), (docs, bytes) -> {
                            if (running.lost) {
                                throw new TakenOver();
                            }
                            running.documents = docs;
                            running.percent = (int) Math.min(99, bytes * 100 / size);
                        }, job.by());
                documents = result.documents();
                result.warnings().forEach(w -> warnings.add(result.volumeId() + ": " + w));
                conflicts.addAll(result.conflicts());
                forReview.addAll(result.forReview());
            }
        } catch (TakenOver e) {
            log.warn("Import job {} was taken over by another node; this node stops it", job.id());
            return false;
        } catch (UnreadableVolumeException | IOException e) {
            error = file.name() + ": " + e.getMessage();
        } catch (RuntimeException e) {
            if (running.lost) {
                return false;
            }
            log.warn("Import of {} failed", file.name(), e);
            error = file.name() + ": " + VolumeImporter.refusal(e);
        } finally {
            deleteQuietly(local);
        }
        String failure = error;
        int imported = documents;
        Boolean mine = transaction.execute(status -> {
            int n = jdbc.sql("""
                            update import_job set documents = ?, warnings = warnings || ?,
                                   conflicts = conflicts || ?, for_review = for_review || ?,
                                   error = case when ?::text is null then error else concat_ws(E'\\n', error, ?::text) end,
                                   heartbeat_at = now()
                            where id = ? and node = ? and status = 'RUNNING'""")
                    .params(running.done + imported, warnings.toArray(String[]::new), conflicts.toArray(String[]::new),
                            forReview.toArray(String[]::new), failure, failure, job.id(), node.id())
                    .update();
            if (n == 1) {
                files.markDone(job.id(), file.position(), imported);
            }
            return n == 1;
        });
        running.done += imported;
        running.documents = 0;
        return Boolean.TRUE.equals(mine);
    }

    /** Says this node is alive and how far its job has got; finds out if another node has taken the job over. */
    void heartbeat() {
        Running running = current;
        if (running == null) {
            return;
        }
        try {
            int n = jdbc.sql("""
                            update import_job set heartbeat_at = now(), current_file = ?, percent = ?, documents = ?
                            where id = ? and node = ? and status = 'RUNNING'""")
                    .params(running.file, running.percent, running.done + running.documents,
                            running.id, node.id())
                    .update();
            if (n == 0) {
                running.lost = true;
            }
        } catch (RuntimeException e) {
            log.warn("The import heartbeat could not be written; trying again in {}", heartbeatInterval, e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.debug("Could not delete {}", file, e);
            }
        }
    }
}
