package org.cablearchive.ingest.volumes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Import jobs started from the web or the API. A job and its files are kept in PostgreSQL, so that any app node may
 * claim and run it (see {@link ImportWorker}); each volume is imported in its own transaction; the job's progress and
 * outcome are in its row, so every node shows the same.
 */
@Service
public class ImportJobs {

    private final JdbcClient jdbc;
    private final ImportFiles files;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final VolumeReaders readers;

    ImportJobs(JdbcClient jdbc, ImportFiles files, PlatformTransactionManager transactions, ApplicationEventPublisher events,
               VolumeReaders readers) {
        this.jdbc = jdbc;
        this.readers = readers;
        this.files = files;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
    }

    /** A file sent for import: its name as uploaded and a way to read it. */
    public interface Upload {
        String name();

        InputStream open() throws IOException;
    }

    public enum Status { QUEUED, RUNNING, SUCCEEDED, FAILED }

    /** A job as pages and the API show it; {@code node} is the app node that runs (or last ran) it. */
    public record Job(UUID id, Status status, List<String> files, boolean asDraft, boolean forced, int documents,
                      List<String> warnings, List<String> conflicts, String error, String createdBy, Instant createdAt,
                      Instant finishedAt, String currentFile, int percent, boolean publishChanges, List<String> forReview,
                      String node) { }

    /** Said (in this node) when a job is queued, so that a node that runs jobs starts it without waiting to look. */
    record Queued(UUID id) { }

    /** Keeps the uploads in the database and queues the job, all in one transaction; returns its id at once. */
    public UUID submit(List<Upload> uploads, VolumeImporter.Options options, String by) {
        if (uploads.isEmpty()) {
            throw new IllegalArgumentException(nothingChosen());
        }
        UUID id = UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            jdbc.sql("""
                            insert into import_job (id, status, files, as_draft, forced, publish_changes, created_by)
                            values (?, 'QUEUED', ?, ?, ?, ?, ?)""")
                    .params(id, uploads.stream().map(Upload::name).toArray(String[]::new), options.asDraft(),
                            options.force(), options.publishChanges(), by)
                    .update();
            int n = 0;
            for (Upload upload : uploads) {
                try (InputStream in = upload.open()) {
                    files.store(id, n++, upload.name() == null ? "volume" + readers.standard().extensions().get(0) : upload.name(), in);
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not keep the uploaded files: " + e.getMessage(), e);
                }
            }
        });
        events.publishEvent(new Queued(id));
        return id;
    }

    /** What to tell someone who chose no file: which files to choose ("Choose at least one FRUS TEI file (.xml)…"). */
    public String nothingChosen() {
        return "Choose at least one " + readers.described() + " to import.";
    }

    public Optional<Job> find(UUID id) {
        return jdbc.sql("select * from import_job where id = ?").param(id).query(ImportJobs::job).optional();
    }

    /** The latest jobs, newest first, in one query. */
    public List<Job> recent(int limit) {
        return jdbc.sql("select * from import_job order by created_at desc limit ?").param(limit)
                .query(ImportJobs::job).list();
    }

    private static Job job(ResultSet rs, int row) throws SQLException {
        Status status = Status.valueOf(rs.getString("status"));
        boolean over = status == Status.SUCCEEDED || status == Status.FAILED;
        return new Job((UUID) rs.getObject("id"), status, strings(rs.getArray("files")),
                rs.getBoolean("as_draft"), rs.getBoolean("forced"), rs.getInt("documents"),
                strings(rs.getArray("warnings")), strings(rs.getArray("conflicts")), rs.getString("error"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
                over ? null : rs.getString("current_file"), over ? 100 : rs.getInt("percent"),
                rs.getBoolean("publish_changes"), strings(rs.getArray("for_review")), rs.getString("node"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
