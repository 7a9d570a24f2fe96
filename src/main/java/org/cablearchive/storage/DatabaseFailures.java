package org.cablearchive.storage;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure because the database could not be reached (no connection to be had, the connection broken, the
 * server shutting down or not answering) from every other failure: the first is answered 503 with
 * {@code Retry-After}, since trying again shortly will work, the others are bugs or conflicts of their own.
 */
public final class DatabaseFailures {

    /** SQLSTATEs of PostgreSQL for a server that is shutting down, crashed or not yet accepting connections. */
    private static final Set<String> SERVER_GOING = Set.of("57P01", "57P02", "57P03");

    /** What the pool's proxy says (without an SQLSTATE) when a connection it closed after a failure is used again. */
    private static final String CLOSED_BY_POOL = "Connection is closed";

    private DatabaseFailures() {
    }

    /** Whether {@code failure}, or anything that caused it, says the database could not be reached. */
    public static boolean isUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException
                    || t instanceof SocketTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || SERVER_GOING.contains(sql.getSQLState()))) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() == null && CLOSED_BY_POOL.equals(sql.getMessage())) {
                return true; // the rollback after a broken connection, which the pool had closed already
            }
            Class<?> type = t.getClass();
            if (type == CannotCreateTransactionException.class || type == JDBCConnectionException.class
                    || type == DataAccessResourceFailureException.class) {
                return hasSqlCauseOrNone(t);
            }
        }
        return false;
    }

    /** A Spring or Hibernate wrapper of a connection failure: unreachable unless an SQL cause says otherwise. */
    private static boolean hasSqlCauseOrNone(Throwable wrapper) {
        for (Throwable t = wrapper.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && !sql.getSQLState().startsWith("08")
                    && !SERVER_GOING.contains(sql.getSQLState()) && !(t instanceof SQLTransientConnectionException)) {
                return false;
            }
        }
        return true;
    }

    /** SQLSTATEs of PostgreSQL for a transaction aborted by a concurrent one: a deadlock, a serialization failure. */
    private static final Set<String> CONCURRENT = Set.of("40P01", "40001");

    /**
     * Whether {@code failure}, or anything that caused it, is PostgreSQL aborting the transaction for a concurrent one
     * (a deadlock or a serialization failure): a conflict, which the same change tried again may pass.
     */
    public static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && CONCURRENT.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Thrown where a failure to reach the database must not pass for something else (a refused sign-in). */
    public static class DatabaseUnreachableException extends RuntimeException {
        public DatabaseUnreachableException(Throwable cause) {
            super("The database could not be reached", cause);
        }
    }

    /** Rethrows {@code failure} as {@link DatabaseUnreachableException} when the database could not be reached. */
    public static void rethrowIfUnreachable(Throwable failure) {
        if (isUnreachable(failure)) {
            throw new DatabaseUnreachableException(failure);
        }
    }
}
