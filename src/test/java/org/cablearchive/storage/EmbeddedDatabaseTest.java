package org.cablearchive.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive's own embedded server: durable, persistent across restarts, and master of its data folder. */
class EmbeddedDatabaseTest {

    private final EmbeddedDatabaseConfiguration config = new EmbeddedDatabaseConfiguration();

    @TempDir
    Path dataDir;

    @Test
    void writesDurablyAndKeepsItsDataAcrossRestarts() throws Exception {
        try (SupervisedPostgres supervised = config.embeddedPostgres(dataDir)) {
            EmbeddedPostgres pg = supervised.server();
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                assertThat(single(s, "show fsync")).isEqualTo("on");
                assertThat(single(s, "show synchronous_commit")).isEqualTo("on");
                s.execute("create table kept (v text)");
                s.execute("insert into kept values ('Embtel 634')");
            }
        }
        assertThat(dataDir.resolve("postgres").resolve("PG_VERSION")).content().startsWith("17");

        try (SupervisedPostgres again = config.embeddedPostgres(dataDir);
             Connection c = again.server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            assertThat(single(s, "select v from kept")).isEqualTo("Embtel 634");
        }
    }

    @Test
    void stopsTheServerAKilledRunLeftBehindAndStartsItsOwn() throws Exception {
        // A separate JVM starts the server on our folder and is killed with SIGKILL, orphaning its postgres.
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrphanMaker.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        String ready = awaitReady(jvm);
        long orphanPid = Long.parseLong(ready.substring("READY ".length()).trim());
        jvm.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);
        assertThat(OrphanedServer.find(dataDir.resolve("postgres"))).map(ProcessHandle::pid).contains(orphanPid);

        try (SupervisedPostgres pg = config.embeddedPostgres(dataDir)) {
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            DataSource ds = config.dataSource(pg, new org.springframework.mock.env.MockEnvironment());
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                assertThat(Long.parseLong(single(s, "select pg_backend_pid()"))).isPositive();
                assertThat(single(s, "select v from left_behind")).isEqualTo("written before the crash");
                assertThat(single(s, "show fsync")).isEqualTo("on");
            } finally {
                ((AutoCloseable) ds).close();
            }
        }
    }

    private static String awaitReady(Process jvm) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("READY ")) {
                return line;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("The helper JVM ended without starting PostgreSQL:\n" + seen);
    }

    private static String single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
