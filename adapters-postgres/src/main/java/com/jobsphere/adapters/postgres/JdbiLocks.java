package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.Locks;
import com.jobsphere.application.port.StoreUnavailable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Locks held across transactions, as PostgreSQL session-level advisory locks on one connection of this process's
 * own, outside the pool. A lock therefore dies with its holder: when the process dies, its connection closes
 * and the server releases every lock it held, at once. No pooled connection is tied up while a request waits
 * on the payment provider, however many requests do.
 *
 * <p>Session locks are re-entrant within a session, so the names held by this process are also kept here: a
 * second request for a name this process already holds is refused without asking the server.
 *
 * <p>If the connection breaks (the server restarted, an operator terminated it), the server has released its
 * locks while their holders here go on; a later call reconnects. Such a holder no longer keeps another instance
 * out, which costs only the 409: every effect it guards is itself recorded exactly once. The session asks the
 * server to probe an unresponsive client with TCP keepalives, so a holder cut off by the network loses its
 * locks within about a minute, never later.
 */
final class JdbiLocks implements Locks, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JdbiLocks.class);
    static final String APPLICATION_NAME = "jobsphere-locks";
    private static final String KEEPALIVES =
            "set tcp_keepalives_idle = 20; set tcp_keepalives_interval = 10; set tcp_keepalives_count = 3";

    private final Databases databases;
    private final Set<String> held = new HashSet<>();
    private Connection connection;
    private long generation;

    JdbiLocks(Databases databases) {
        this.databases = Objects.requireNonNull(databases, "databases");
    }

    @Override
    public synchronized Optional<Lock> tryLock(String name) {
        Objects.requireNonNull(name, "name");
        if (held.contains(name)) {
            return Optional.empty();
        }
        if (!tryServerLock(name)) {
            return Optional.empty();
        }
        held.add(name);
        long heldOn = generation;
        return Optional.of(new Lock() {
            private boolean released;

            @Override
            public void close() {
                synchronized (JdbiLocks.this) {
                    if (!released) {
                        released = true;
                        release(name, heldOn);
                    }
                }
            }
        });
    }

    /** Asks the server; a broken connection is replaced once, then the server's absence is a failure. */
    private boolean tryServerLock(String name) {
        try {
            return tryServerLockOn(connection(), name);
        } catch (SQLException first) {
            discardConnection(first);
            try {
                return tryServerLockOn(connection(), name);
            } catch (SQLException second) {
                discardConnection(second);
                throw new StoreUnavailable("Could not take a lock: the database is unavailable", second);
            }
        }
    }

    private static boolean tryServerLockOn(Connection on, String name) throws SQLException {
        int[] key = LockKeys.twoKeys(name);
        try (PreparedStatement statement = on.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
            statement.setInt(1, key[0]);
            statement.setInt(2, key[1]);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    /** A lock taken on a connection that has since died was released by the server already. */
    private void release(String name, long heldOn) {
        held.remove(name);
        if (heldOn != generation || connection == null) {
            return;
        }
        int[] key = LockKeys.twoKeys(name);
        try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_unlock(?, ?)")) {
            statement.setInt(1, key[0]);
            statement.setInt(2, key[1]);
            statement.execute();
        } catch (SQLException e) {
            discardConnection(e);
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            Connection opened = databases.open(APPLICATION_NAME);
            try (Statement statement = opened.createStatement()) {
                statement.execute(KEEPALIVES);
            } catch (SQLException e) {
                opened.close();
                throw e;
            }
            connection = opened;
            generation++;
        }
        return connection;
    }

    /** Drops a connection that failed; the locks it held are gone with it, on the server. */
    private void discardConnection(SQLException cause) {
        if (connection != null) {
            LOG.warn("The lock connection failed ({}); its locks are released by the server, reconnecting",
                    SqlFailures.sqlState(cause));
            try {
                connection.close();
            } catch (SQLException closeFailed) {
                cause.addSuppressed(closeFailed);
            }
            connection = null;
        }
    }

    @Override
    public synchronized void close() {
        held.clear();
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing the lock connection failed", e);
            }
            connection = null;
        }
    }
}
