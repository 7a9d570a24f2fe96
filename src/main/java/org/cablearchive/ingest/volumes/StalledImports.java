package org.cablearchive.ingest.volumes;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.cablearchive.storage.OneNodeAtATime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Jobs whose node stopped beating its heartbeat (it died, or lost the database) are not left "running" for ever: one
 * node at a time puts them back in the queue, where any node resumes them from the first volume not done; after
 * {@code archive.imports.max-attempts} attempts a job is failed instead, with a message saying so.
 */
@Component
class StalledImports {

    static final String TASK = "stalled-imports";

    private static final Logger log = LoggerFactory.getLogger(StalledImports.class);

    private final JdbcClient jdbc;
    private final ImportFiles files;
    private final OneNodeAtATime oneNode;
    private final ObjectProvider<ImportWorker> worker;
    private final Duration limit;
    private final int maxAttempts;

    StalledImports(JdbcClient jdbc, ImportFiles files, OneNodeAtATime oneNode, ObjectProvider<ImportWorker> worker,
                   @Value("${archive.imports.heartbeat-timeout:60s}") Duration limit,
                   @Value("${archive.imports.max-attempts:3}") int maxAttempts) {
        this.jdbc = jdbc;
        this.files = files;
        this.oneNode = oneNode;
        this.worker = worker;
        this.limit = limit;
        this.maxAttempts = maxAttempts;
    }

    @Scheduled(fixedDelayString = "${archive.imports.stall-check-interval:15s}", initialDelayString = "${archive.imports.stall-check-interval:15s}")
    void check() {
        if (oneNode.run(TASK, this::takeOver)) {
            worker.ifAvailable(ImportWorker::lookForWork);
        }
    }

    /** Re-queues (or fails) the stalled jobs; returns how many it found. */
    int takeOver() {
        List<Stalled> stalled = jdbc.sql("""
                        update import_job set node = null,
                               status = case when attempts >= :max then 'FAILED' else 'QUEUED' end,
                               finished_at = case when attempts >= :max then now() end,
                               error = case when attempts >= :max then concat_ws(E'\\n', error, :message) else error end
                        where status = 'RUNNING' and heartbeat_at < now() - make_interval(secs => :limit)
                        returning id, status, attempts""")
                .param("max", maxAttempts)
                .param("limit", (double) limit.toMillis() / 1000)
                .param("message", "The app node running this import stopped answering " + maxAttempts
                        + " times; the volumes finished before are in the archive, nothing of the one it was reading was "
                        + "saved. Start the import again.")
                .query((rs, n) -> new Stalled((UUID) rs.getObject("id"), rs.getString("status"), rs.getInt("attempts")))
                .list();
        for (Stalled job : stalled) {
            if (job.status().equals("FAILED")) {
                files.remove(job.id());
                log.warn("Import job {} failed: its node stopped answering {} times", job.id(), job.attempts());
            } else {
                log.warn("Import job {} is back in the queue: its node stopped answering", job.id());
            }
        }
        return stalled.size();
    }

    private record Stalled(UUID id, String status, int attempts) { }
}
