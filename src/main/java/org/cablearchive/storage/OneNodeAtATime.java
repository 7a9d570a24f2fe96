package org.cablearchive.storage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work that must not run on two app nodes at once (the archive's scheduled tasks): each run takes a PostgreSQL
 * advisory lock named after the task, for the length of a transaction around it. A node that finds the lock taken
 * skips that run, as another node is doing the work; a node that dies mid-run loses its connection, and with it the
 * lock. The work runs inside that transaction (JDBC and JPA calls join it), so it should be short.
 */
@Component
@EnableScheduling
public class OneNodeAtATime {

    /** The first half of every lock key: the archive's own advisory locks, apart from anyone else's. */
    private static final int NAMESPACE = 0x43_41_42; // "CAB"

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    OneNodeAtATime(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Runs the work unless another node (or thread) is running the task of that name just now.
     *
     * @return whether it ran here
     */
    public boolean run(String task, Runnable work) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            boolean mine = Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(?, hashtext(?))")
                    .params(NAMESPACE, task).query(Boolean.class).single());
            if (mine) {
                work.run();
            }
            return mine;
        }));
    }
}
