package com.jobsphere.adapters.postgres;

import java.time.Duration;
import java.util.Objects;

/**
 * What {@link PostgresAdapter#start(DatabaseSettings)} needs to reach the database.
 *
 * @param url               {@code jdbc:postgresql://host:port/database} or {@code postgres://user:password@host:port/database};
 *                          credentials in the URL win over {@code user} and {@code password}
 * @param maximumPoolSize   the most connections the pool opens; requests beyond it wait up to {@code connectionTimeout}
 * @param connectionTimeout how long to wait for a connection, from the pool or from the server
 * @param statementTimeout  the longest one statement may run before the server cancels it
 * @param lockTimeout       the longest one statement may wait for a row lock
 * @param startupTimeout    how long start-up keeps trying to reach the server before it gives up
 */
public record DatabaseSettings(String url, String user, String password, int maximumPoolSize,
        Duration connectionTimeout, Duration statementTimeout, Duration lockTimeout, Duration startupTimeout) {

    public static final int DEFAULT_MAXIMUM_POOL_SIZE = 16;
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(10);
    /** CONTRACT.md §11: DATABASE_STARTUP_TIMEOUT_SECONDS defaults to 60. */
    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(60);

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        Objects.requireNonNull(statementTimeout, "statementTimeout");
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        Objects.requireNonNull(startupTimeout, "startupTimeout");
        if (startupTimeout.isNegative()) {
            throw new IllegalArgumentException("startupTimeout must not be negative");
        }
        if (maximumPoolSize < 1) {
            throw new IllegalArgumentException("maximumPoolSize must be at least 1, not " + maximumPoolSize);
        }
        // HikariCP refuses connection timeouts under 250 ms.
        if (connectionTimeout.toMillis() < 250) {
            throw new IllegalArgumentException("connectionTimeout must be at least 250 ms");
        }
        if (statementTimeout.isNegative() || statementTimeout.isZero()) {
            throw new IllegalArgumentException("statementTimeout must be positive");
        }
        if (lockTimeout.isNegative() || lockTimeout.isZero()) {
            throw new IllegalArgumentException("lockTimeout must be positive");
        }
    }

    /** The settings with the defaults for everything but where the database is and who connects. */
    public static DatabaseSettings of(String url, String user, String password) {
        return new DatabaseSettings(url, user, password, DEFAULT_MAXIMUM_POOL_SIZE, DEFAULT_CONNECTION_TIMEOUT,
                DEFAULT_STATEMENT_TIMEOUT, DEFAULT_LOCK_TIMEOUT, DEFAULT_STARTUP_TIMEOUT);
    }

    public DatabaseSettings withMaximumPoolSize(int size) {
        return new DatabaseSettings(url, user, password, size, connectionTimeout, statementTimeout, lockTimeout,
                startupTimeout);
    }

    public DatabaseSettings withStartupTimeout(Duration timeout) {
        return new DatabaseSettings(url, user, password, maximumPoolSize, connectionTimeout, statementTimeout,
                lockTimeout, timeout);
    }

    /** Never shows the password, so the settings can be logged. */
    @Override
    public String toString() {
        return "DatabaseSettings[url=" + DatabaseUrl.redact(url) + ", user=" + user + ", maximumPoolSize="
                + maximumPoolSize + ", connectionTimeout=" + connectionTimeout + ", statementTimeout="
                + statementTimeout + ", lockTimeout=" + lockTimeout + "]";
    }
}
