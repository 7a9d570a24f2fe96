package org.cablearchive.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.orm.jpa.JpaSystemException;

/** Which failures are the database out of reach (503), which a conflict with a concurrent change (tried again, 409). */
class DatabaseFailuresTest {

    @Test
    void aRefusedConnectionOrABrokenOneIsUnreachableAndNoConflict() {
        assertThat(DatabaseFailures.isUnreachable(new RuntimeException(new ConnectException("Connection refused")))).isTrue();
        assertThat(DatabaseFailures.isUnreachable(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(DatabaseFailures.isConflict(new SQLException("terminating connection", "57P01"))).isFalse();
    }

    @Test
    void theRollbackOnAConnectionThePoolClosedAfterItBrokeIsUnreachable() {
        // What a transaction throws when its connection broke in the middle: the rollback fails on the closed proxy.
        JpaSystemException rollback = new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed")));
        assertThat(DatabaseFailures.isUnreachable(rollback)).isTrue();
        assertThat(DatabaseFailures.isUnreachable(new SQLException("Connection is closed", "42000"))).isFalse();
    }

    @Test
    void aDeadlockOrASerializationFailureIsAConflictAndNotUnreachable() {
        CannotAcquireLockException deadlock = new CannotAcquireLockException("deadlock",
                new SQLException("ERROR: deadlock detected", "40P01"));
        assertThat(DatabaseFailures.isConflict(deadlock)).isTrue();
        assertThat(DatabaseFailures.isConflict(new SQLException("could not serialize access", "40001"))).isTrue();
        assertThat(DatabaseFailures.isUnreachable(deadlock)).isFalse();
        assertThat(DatabaseFailures.isConflict(new SQLException("duplicate key", "23505"))).isFalse();
    }
}
