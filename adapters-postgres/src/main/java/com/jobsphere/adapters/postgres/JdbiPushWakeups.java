package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.PushWakeups;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code LISTEN push_outbox} on a connection of its own, outside the pool: the outbox's insert trigger notifies
 * that channel when pushes are queued, and PostgreSQL delivers it when their transaction commits.
 *
 * <p>A notification that arrives while the dispatcher is busy waits in the driver until the next {@link #await}.
 * One lost while the connection was down cannot be waited for, so the first wait after listening again returns
 * at once, as if woken: the dispatcher looks for work then. A connection that breaks is dropped and opened again
 * at the next wait; until then each wait simply lasts its timeout, and the dispatcher polls. A connection that
 * stays silent without breaking (a half-open socket) is caught by a query every {@link #HEALTH_CHECK}, whose
 * socket timeout fails it.
 */
final class JdbiPushWakeups implements PushWakeups {
    static final String CHANNEL = "push_outbox";
    static final String APPLICATION_NAME = "jobsphere-push-listener";
    private static final Logger LOG = LoggerFactory.getLogger(JdbiPushWakeups.class);
    private static final Duration HEALTH_CHECK = Duration.ofMinutes(1);

    private final Databases databases;
    private Connection connection;
    private long lastCheckedNanos;
    private boolean failing;
    private boolean closed;

    JdbiPushWakeups(Databases databases) {
        this.databases = Objects.requireNonNull(databases, "databases");
    }

    @Override
    public synchronized boolean await(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (closed) {
            pause(timeout);
            return false;
        }
        try {
            if (connection == null) {
                listen();
                return true;
            }
            checkNowAndThen();
            PGNotification[] received = connection.unwrap(PGConnection.class)
                    .getNotifications((int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis())));
            return received != null && received.length > 0;
        } catch (SQLException e) {
            drop(e);
            pause(timeout);
            return false;
        }
    }

    private void listen() throws SQLException {
        Connection opened = databases.open(APPLICATION_NAME);
        try (Statement statement = opened.createStatement()) {
            statement.execute("listen " + CHANNEL);
        } catch (SQLException e) {
            opened.close();
            throw e;
        }
        connection = opened;
        lastCheckedNanos = System.nanoTime();
        if (failing) {
            LOG.info("Listening for queued pushes again");
            failing = false;
        }
    }

    private void checkNowAndThen() throws SQLException {
        if (System.nanoTime() - lastCheckedNanos < HEALTH_CHECK.toNanos()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("select 1");
        }
        lastCheckedNanos = System.nanoTime();
    }

    /** One line when listening stops working, not one per wait; polling carries on meanwhile. */
    private void drop(SQLException cause) {
        if (!failing) {
            LOG.warn("Not listening for queued pushes ({}); polling until the database answers again",
                    SqlFailures.sqlState(cause).isEmpty() ? cause.getClass().getSimpleName() : SqlFailures.sqlState(cause));
            failing = true;
        }
        closeConnection();
    }

    private static void pause(Duration timeout) {
        try {
            Thread.sleep(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing the push listener's connection failed", e);
            }
            connection = null;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        closeConnection();
    }
}
