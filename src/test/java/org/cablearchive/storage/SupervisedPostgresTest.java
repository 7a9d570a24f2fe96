package org.cablearchive.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/**
 * The embedded server, killed as an out-of-memory killer or an operator would ({@code kill -9} of the postmaster),
 * comes back by itself on the same folder and port; what was committed before is there; the pool, which failed
 * fast meanwhile, finds it again without being restarted. A server of its own, not the tests' shared one.
 */
class SupervisedPostgresTest {

    @TempDir
    Path dataDir;

    @Test
    void aKilledServerIsStartedAgainWithEverythingCommittedAndThePoolFindsItAgain() throws Exception {
        try (SupervisedPostgres server = new EmbeddedDatabaseConfiguration().embeddedPostgres(dataDir);
             HikariDataSource pool = (HikariDataSource) new EmbeddedDatabaseConfiguration()
                     .dataSource(server, new MockEnvironment())) {
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("create table acknowledged (v text)");
                s.execute("insert into acknowledged values ('saved before the crash')");
            }
            int port = server.server().getPort();
            long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).trim());

            new ProcessBuilder("kill", "-9", String.valueOf(postmaster)).start().waitFor();
            Instant killed = Instant.now();

            // Meanwhile a connection is refused after the pool's timeout (1.5 s), not after 30 s (bounds loose for a
            // busy machine: bench/faults.sh measures the figures).
            Instant asked = Instant.now();
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.executeQuery("select 1").close();
            } catch (SQLException expected) {
                assertThat(DatabaseFailures.isUnreachable(expected)).isTrue();
            }
            assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(10));

            // As soon as the supervisor has the server back, the pool gives a connection at the first asking: it
            // waited for the restart rather than backing off (to seconds) from a refused connection after another.
            while (server.restarts() == 0 && Duration.between(killed, Instant.now()).compareTo(Duration.ofSeconds(60)) < 0) {
                Thread.sleep(20);
            }
            assertThat(server.restarts()).as("restarted").isEqualTo(1);
            try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select count(*) from acknowledged")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }

            // Back, on the same port, with the committed row, through the same pool. (A backend of the killed
            // postmaster may still answer for a moment on a pooled connection: wait for the restart itself.)
            String found = null;
            while ((found == null || server.restarts() == 0) && Duration.between(killed, Instant.now()).compareTo(Duration.ofSeconds(60)) < 0) {
                try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("select v from acknowledged")) {
                    rs.next();
                    found = server.restarts() == 0 ? null : rs.getString(1);
                    if (found == null) {
                        Thread.sleep(200);
                    }
                } catch (SQLException notYet) {
                    Thread.sleep(200);
                }
            }
            assertThat(found).as("the server is back with what was committed").isEqualTo("saved before the crash");
            assertThat(server.server().getPort()).isEqualTo(port);
            assertThat(server.restarts()).isEqualTo(1);
            assertThat(server.isDown()).isFalse();
            assertThat(server.hasGivenUp()).isFalse();
        }
    }
}
