package org.cablearchive.ingest.volumes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.cablearchive.ingest.tei.TeiImportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;

/**
 * Import jobs started from the web or the API: the uploaded files are kept in the data folder until the job
 * has run; jobs run one at a time, each volume in its own transaction; the outcome is stored, and while a job
 * runs its progress is known here.
 */
@Service
public class ImportJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final VolumeImporter importer;
    private final JdbcClient jdbc;
    private final Path uploads;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "volume-import");
        t.setDaemon(true);
        return t;
    });
    private final Map<UUID, Live> live = new ConcurrentHashMap<>();

    ImportJobs(VolumeImporter importer, JdbcClient jdbc, @Value("${archive.data-dir}") Path dataDir) {
        this.importer = importer;
        this.jdbc = jdbc;
        this.uploads = dataDir.resolve("imports");
    }

    /** A file sent for import: its name as uploaded and a way to read it. */
    public interface Upload {
        String name();

        InputStream open() throws IOException;
    }

    public enum Status { QUEUED, RUNNING, SUCCEEDED, FAILED }

    /** A job as pages and the API show it. */
    public record Job(UUID id, Status status, List<String> files, boolean asDraft, boolean forced, int documents,
                      List<String> warnings, List<String> conflicts, String error, String createdBy, Instant createdAt,
                      Instant finishedAt, String currentFile, int percent, boolean publishChanges, List<String> forReview) { }

    /** Keeps the uploads and queues the job; returns its id at once. */
    public UUID submit(List<Upload> files, VolumeImporter.Options options, String by) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one FRUS TEI file (.xml) to import.");
        }
        UUID id = UUID.randomUUID();
        Path folder = uploads.resolve(id.toString());
        List<Path> stored = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            int n = 0;
            for (Upload file : files) {
                Path target = folder.resolve(String.format("%03d-%s", n++, safeName(file.name())));
                try (InputStream in = file.open()) {
                    Files.copy(in, target);
                }
                stored.add(target);
            }
        } catch (IOException e) {
            FileSystemUtils.deleteRecursively(folder.toFile());
            throw new UncheckedIOException("Could not keep the uploaded files: " + e.getMessage(), e);
        }
        jdbc.sql("""
                        insert into import_job (id, status, files, as_draft, forced, publish_changes, created_by)
                        values (?, 'QUEUED', ?, ?, ?, ?, ?)""")
                .params(id, files.stream().map(Upload::name).toArray(String[]::new), options.asDraft(), options.force(),
                        options.publishChanges(), by)
                .update();
        live.put(id, new Live());
        runner.submit(() -> run(id, stored, options, by));
        return id;
    }

    public Optional<Job> find(UUID id) {
        Live progress = live.get(id);
        return jdbc.sql("select * from import_job where id = ?").param(id).query((rs, n) -> new Job(
                (UUID) rs.getObject("id"), Status.valueOf(rs.getString("status")), strings(rs.getArray("files")),
                rs.getBoolean("as_draft"), rs.getBoolean("forced"),
                progress != null ? progress.documents : rs.getInt("documents"),
                strings(rs.getArray("warnings")), strings(rs.getArray("conflicts")), rs.getString("error"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
                progress == null ? null : progress.file, progress == null ? 100 : progress.percent,
                rs.getBoolean("publish_changes"), strings(rs.getArray("for_review")))).optional();
    }

    public List<Job> recent(int limit) {
        return jdbc.sql("select id from import_job order by created_at desc limit ?").param(limit)
                .query(UUID.class).list().stream().map(this::find).flatMap(Optional::stream).toList();
    }

    private void run(UUID id, List<Path> files, VolumeImporter.Options options, String by) {
        Live progress = live.get(id);
        jdbc.sql("update import_job set status = 'RUNNING' where id = ?").param(id).update();
        List<String> warnings = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        List<String> forReview = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int documents = 0;
        for (Path file : files) {
            String name = file.getFileName().toString().substring(4);
            progress.file = name;
            int before = documents;
            try (InputStream in = Files.newInputStream(file)) {
                long size = Math.max(Files.size(file), 1);
                VolumeImporter.Result result = importer.importVolume(in, name.replaceFirst("\\.xml$", ""), options,
                        (docs, bytes) -> {
                            progress.documents = before + docs;
                            progress.percent = (int) Math.min(99, bytes * 100 / size);
                        }, by);
                documents += result.documents();
                result.warnings().forEach(w -> warnings.add(result.volumeId() + ": " + w));
                conflicts.addAll(result.conflicts());
                forReview.addAll(result.forReview());
            } catch (TeiImportException | IOException e) {
                errors.add(name + ": " + e.getMessage());
            } catch (RuntimeException e) {
                log.warn("Import of {} failed", name, e);
                errors.add(name + ": " + VolumeImporter.refusal(e));
            }
            progress.documents = documents;
        }
        jdbc.sql("""
                        update import_job set status = ?, documents = ?, warnings = ?, conflicts = ?, for_review = ?, error = ?,
                               finished_at = ?
                        where id = ?""")
                .params(errors.isEmpty() ? "SUCCEEDED" : "FAILED", documents, warnings.toArray(String[]::new),
                        conflicts.toArray(String[]::new), forReview.toArray(String[]::new),
                        errors.isEmpty() ? null : String.join("\n", errors),
                        Timestamp.from(Instant.now()), id)
                .update();
        live.remove(id);
        FileSystemUtils.deleteRecursively(files.get(0).getParent().toFile());
    }

    /**
     * Jobs a restart cut short are over: say so rather than leave them "running" for ever. Jobs this run has
     * queued already (the demo content, at start) are not among them.
     */
    @EventListener(ApplicationReadyEvent.class)
    void failInterruptedJobs() {
        int n = jdbc.sql("""
                update import_job set status = 'FAILED', finished_at = now(),
                       error = 'The archive was restarted before this import finished; nothing of the unfinished volume was saved. Start the import again.'
                where status in ('QUEUED', 'RUNNING') and id <> all(?)""")
                .param(live.keySet().toArray(UUID[]::new)).update();
        if (n > 0) {
            log.warn("{} import jobs were cut short by a restart and are marked failed", n);
        }
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }

    private static String safeName(String name) {
        String base = name == null ? "volume.xml" : Path.of(name).getFileName().toString();
        return base.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static List<String> strings(java.sql.Array array) throws java.sql.SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static final class Live {
        private volatile int documents;
        private volatile int percent;
        private volatile String file;
    }
}
