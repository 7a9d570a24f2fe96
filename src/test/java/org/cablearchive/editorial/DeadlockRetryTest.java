package org.cablearchive.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.cablearchive.testing.ArchiveTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A change PostgreSQL aborts as a deadlock victim is tried once more before anyone is told: the volume batch publish
 * (which takes its drafts' row locks in the order of their ids) meets a transaction that holds one of them and then
 * asks for another in the opposite order. PostgreSQL aborts the batch (the other transaction is told to wait far
 * longer before looking for deadlocks), the batch runs again once the other has committed, and publishes everything.
 */
@ArchiveTest
class DeadlockRetryTest {

    @Autowired
    EditorialDesk desk;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void aBatchPublishChosenAsDeadlockVictimIsTriedAgainAndPublishesTheVolume() throws Exception {
        jdbc.sql("insert into volume (id, title) values ('deadlock-test', 'Deadlock test volume')").update();
        for (int i = 1; i <= 3; i++) {
            jdbc.sql("""
                    insert into document (id, volume_id, xml_id, position_in_volume, type, title, classification, precedence,
                        body, status, created_by, updated_by)
                    values (?, 'deadlock-test', ?, ?, 'TELEGRAM', ?, 'SECRET', 'ROUTINE', '<body><p>x</p></body>', 'DRAFT', 'importer', 'importer')""")
                    .params("deadlock-test-d" + i, "d" + i, i, "Deadlock " + i).update();
        }
        try (Connection other = dataSource.getConnection(); Statement s = other.createStatement()) {
            other.setAutoCommit(false);
            s.execute("set local deadlock_timeout = '60s'"); // so that PostgreSQL picks the batch as the victim
            s.execute("select 1 from document where id = 'deadlock-test-d2' for update");

            CompletableFuture<Integer> batch = CompletableFuture.supplyAsync(
                    () -> desk.publishVolume("deadlock-test", new Editor("ed2", Set.of(org.cablearchive.accounts.Role.EDITOR))));
            awaitWaitingForALock();
            s.execute("select 1 from document where id = 'deadlock-test-d1' for update"); // the opposite order
            other.commit();

            assertThat(batch.get(60, TimeUnit.SECONDS)).as("the batch, tried again, publishes the whole volume").isEqualTo(3);
        }
        assertThat(jdbc.sql("select count(*) from document where volume_id = 'deadlock-test' and status = 'PUBLISHED'")
                .query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from document_revision where document_id like 'deadlock-test-%' and action = 'PUBLISH'")
                .query(Long.class).single()).as("one revision each: the aborted try left nothing").isEqualTo(3);
    }

    private void awaitWaitingForALock() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like '%for no key update%'")
                    .query(Long.class).single() > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the batch never waited for the locked document");
    }
}
