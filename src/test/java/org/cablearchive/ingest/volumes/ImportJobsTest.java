package org.cablearchive.ingest.volumes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.cablearchive.testing.ArchiveTest;
import org.cablearchive.testing.TestVolumes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Import jobs kept in the database: their files in PostgreSQL, claimed by a node, and a job whose node stopped beating
 * its heartbeat resumed by another from the first volume not done, or failed after its last attempt.
 */
@ArchiveTest
class ImportJobsTest {

    @Autowired
    ImportJobs jobs;

    @Autowired
    ImportFiles files;

    @Autowired
    StalledImports stalled;

    @Autowired
    ImportWorker worker;

    @Autowired
    ImportNode node;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private static String unique(String name) {
        return name + UUID.randomUUID().toString().substring(0, 6);
    }

    private static ImportJobs.Upload upload(String name, byte[] content) {
        return new ImportJobs.Upload() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(content);
            }
        };
    }

    private ImportJobs.Job await(UUID id) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            ImportJobs.Job job = jobs.find(id).orElseThrow();
            if (job.status() == ImportJobs.Status.SUCCEEDED || job.status() == ImportJobs.Status.FAILED) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The import job " + id + " did not finish");
    }

    private int filesOf(UUID job) {
        return jdbc.sql("select count(*) from import_file where job_id = ?").param(job).query(Integer.class).single();
    }

    @Test
    void aJobsFilesAreKeptInTheDatabaseUntilItHasRun() throws Exception {
        String a = unique("jobsa");
        String b = unique("jobsb");
        // Larger than one piece of a large object (a long comment after the volume), so that it is written and read
        // back in several.
        byte[] big = (new String(TestVolumes.smallTei(b, 3), java.nio.charset.StandardCharsets.UTF_8) + "<!-- "
                + "padding ".repeat(200_000) + "-->").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(big.length).isGreaterThan(ImportFiles.PIECE);
        UUID id = jobs.submit(List.of(upload(a + ".xml", TestVolumes.smallTei(a, 2)), upload(b + ".xml", big)),
                new VolumeImporter.Options(false, true), "archivist");

        ImportJobs.Job job = await(id);
        assertThat(job.status()).isEqualTo(ImportJobs.Status.SUCCEEDED);
        assertThat(job.documents()).isEqualTo(5);
        assertThat(job.node()).isEqualTo(node.id());
        assertThat(job.percent()).isEqualTo(100);
        assertThat(jdbc.sql("select count(*) from document where id in (?, ?)").params(a + "-d2", b + "-d3")
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(filesOf(id)).as("the files go with the job's end").isZero();
        assertThat(jobs.recent(50)).extracting(ImportJobs.Job::id).contains(id);
    }

    /** A job as a node left it when it died mid-way: the first volume done (2 documents), the second not. */
    private UUID abandoned(int attempts, String first, String second) {
        UUID id = UUID.randomUUID();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("""
                            insert into import_job (id, status, files, created_by, node, heartbeat_at, started_at, attempts,
                                                    documents, forced)
                            values (?, 'RUNNING', ?, 'archivist', 'a-node-that-died', now() - interval '10 minutes',
                                    now() - interval '11 minutes', ?, 2, true)""")
                    .params(id, new String[] {first + ".xml", second + ".xml"}, attempts).update();
            try {
                files.store(id, 0, first + ".xml", new ByteArrayInputStream(TestVolumes.smallTei(first, 2)));
                files.store(id, 1, second + ".xml", new ByteArrayInputStream(TestVolumes.smallTei(second, 3)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            files.markDone(id, 0, 2);
        });
        return id;
    }

    @Test
    void aJobWhoseNodeDiedIsResumedByAnotherFromTheVolumeNotDone() throws Exception {
        String first = unique("dieda");
        String second = unique("diedb");
        UUID id = abandoned(1, first, second);

        assertThat(stalled.takeOver()).isGreaterThanOrEqualTo(1);
        worker.lookForWork();
        ImportJobs.Job job = await(id);

        assertThat(job.status()).isEqualTo(ImportJobs.Status.SUCCEEDED);
        assertThat(job.node()).isEqualTo(node.id());
        assertThat(job.documents()).isEqualTo(5);
        assertThat(jdbc.sql("select attempts from import_job where id = ?").param(id).query(Integer.class).single()).isEqualTo(2);
        // The volume done before the node died is not imported again; the other is.
        assertThat(jdbc.sql("select count(*) from document where volume_id = ?").param(first).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from document where volume_id = ?").param(second).query(Integer.class).single()).isEqualTo(3);
        assertThat(filesOf(id)).isZero();
    }

    @Test
    void aJobWhoseNodesKeptDyingFailsWithAMessageInsteadOfStayingRunning() {
        UUID id = abandoned(3, unique("gonea"), unique("goneb"));

        assertThat(stalled.takeOver()).isGreaterThanOrEqualTo(1);

        ImportJobs.Job job = jobs.find(id).orElseThrow();
        assertThat(job.status()).isEqualTo(ImportJobs.Status.FAILED);
        assertThat(job.error()).contains("stopped answering 3 times").contains("Start the import again");
        assertThat(job.finishedAt()).isNotNull();
        assertThat(filesOf(id)).isZero();
    }

    @Test
    void aJobWithAFreshHeartbeatIsLeftToItsNode() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into import_job (id, status, files, created_by, node, heartbeat_at, attempts)
                        values (?, 'RUNNING', '{x.xml}', 'archivist', 'a-busy-node', now(), 1)""").param(id).update();
        stalled.takeOver();
        ImportJobs.Job job = jobs.find(id).orElseThrow();
        assertThat(job.status()).isEqualTo(ImportJobs.Status.RUNNING);
        assertThat(job.node()).isEqualTo("a-busy-node");
        jdbc.sql("update import_job set status = 'FAILED', finished_at = now() where id = ?").param(id).update();
    }
}
