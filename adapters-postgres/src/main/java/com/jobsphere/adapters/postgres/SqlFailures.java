package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.ConcurrentUpdate;
import com.jobsphere.application.port.StoreUnavailable;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.JdbiException;
import org.postgresql.util.PSQLException;

/**
 * Turns what JDBI and the driver throw into what the ports promise, so no vendor exception crosses a port:
 * a database that cannot be reached becomes {@link StoreUnavailable}, a serialization failure or deadlock
 * becomes {@link RetryableConflict} for the unit of work to retry, a lock wait that timed out becomes
 * {@link ConcurrentUpdate}, and anything else is a programmer error ({@link IllegalStateException}).
 */
final class SqlFailures {
    static final String UNIQUE_VIOLATION = "23505";
    static final String CHECK_VIOLATION = "23514";
    static final String UNDEFINED_DATABASE = "3D000";
    static final String DUPLICATE_DATABASE = "42P04";

    private static final Set<String> RETRYABLE = Set.of(
            "40001", // serialization_failure
            "40P01"); // deadlock_detected
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String QUERY_CANCELED = "57014";
    private static final Set<String> SERVER_GONE = Set.of(
            "57P01", // admin_shutdown
            "57P02", // crash_shutdown
            "57P03", // cannot_connect_now
            "53300"); // too_many_connections

    private SqlFailures() {
    }

    static RuntimeException translate(JdbiException failure) {
        if (failure instanceof ConnectionException) {
            return new StoreUnavailable("No database connection could be obtained", failure.getCause());
        }
        SQLException cause = sqlCause(failure).orElse(null);
        if (cause == null) {
            return new IllegalStateException("A database call failed", failure);
        }
        return translate(cause);
    }

    static RuntimeException translate(SQLException failure) {
        String state = sqlState(failure);
        if (RETRYABLE.contains(state)) {
            return new RetryableConflict(failure);
        }
        if (LOCK_NOT_AVAILABLE.equals(state)) {
            return new ConcurrentUpdate("Timed out waiting for a row another transaction holds", failure);
        }
        if (QUERY_CANCELED.equals(state)) {
            return new StoreUnavailable("The database did not answer in time", failure);
        }
        if (isUnreachable(failure)) {
            return new StoreUnavailable("The database is unavailable (SQLSTATE " + state + ")", failure);
        }
        return new IllegalStateException("The database refused a statement (SQLSTATE " + state + ")", failure);
    }

    /** The unique constraint a statement violated, if that is why it failed. */
    static Optional<String> violatedUniqueConstraint(JdbiException failure) {
        return sqlCause(failure)
                .filter(cause -> UNIQUE_VIOLATION.equals(cause.getSQLState()))
                .filter(PSQLException.class::isInstance)
                .map(cause -> ((PSQLException) cause).getServerErrorMessage())
                .map(message -> message.getConstraint());
    }

    /** The constraint a statement violated, whatever kind it was, if the server named one. */
    static Optional<String> violatedConstraint(SQLException failure) {
        return Optional.of(failure)
                .filter(PSQLException.class::isInstance)
                .map(cause -> ((PSQLException) cause).getServerErrorMessage())
                .map(message -> message.getConstraint());
    }

    static String sqlState(SQLException failure) {
        return failure.getSQLState() == null ? "" : failure.getSQLState();
    }

    private static boolean isUnreachable(SQLException failure) {
        String state = sqlState(failure);
        return state.startsWith("08") // connection_exception and its subclasses
                || SERVER_GONE.contains(state)
                || failure instanceof SQLTransientConnectionException
                || failure instanceof SQLRecoverableException;
    }

    private static Optional<SQLException> sqlCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException) {
                return Optional.of((SQLException) cause);
            }
        }
        return Optional.empty();
    }
}
