package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.DevGatewayStore;
import com.jobsphere.application.port.Locks;
import com.jobsphere.application.port.PushWakeups;
import com.jobsphere.application.port.StoreUnavailable;
import com.jobsphere.application.port.UnitOfWork;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import com.zaxxer.hikari.pool.HikariPool;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL adapter's one entry point: it creates the database if it is missing, migrates it with
 * Flyway, and hands out a {@link UnitOfWork} whose stores run on a bounded connection pool.
 */
public final class PostgresAdapter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresAdapter.class);
    private static final String MIGRATIONS = "classpath:db/migration";
    private static final int MINIMUM_IDLE_CONNECTIONS = 2;
    private static final Duration VALIDATION_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration IDLE_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration MAXIMUM_LIFETIME = Duration.ofMinutes(30);
    private static final Duration SOCKET_TIMEOUT_MARGIN = Duration.ofSeconds(30);

    private static final Duration FIRST_RETRY_DELAY = Duration.ofMillis(250);
    private static final Duration LONGEST_RETRY_DELAY = Duration.ofSeconds(5);
    private static final Duration READINESS_TIMEOUT = Duration.ofSeconds(2);

    private final HikariDataSource dataSource;
    private final JdbiUnitOfWork unitOfWork;
    private final JdbiLocks locks;
    private final Databases databases;
    private final DevGatewayStore devGatewayStore;
    private final String schemaVersion;

    private PostgresAdapter(HikariDataSource dataSource, Databases databases, String schemaVersion) {
        Jdbi jdbi = Jdbi.create(dataSource);
        this.dataSource = dataSource;
        this.unitOfWork = new JdbiUnitOfWork(jdbi);
        this.locks = new JdbiLocks(databases);
        this.databases = databases;
        this.devGatewayStore = new JdbiDevGatewayStore(jdbi);
        this.schemaVersion = schemaVersion;
    }

    /**
     * Connects, creating the database if it does not exist, and migrates it to the latest schema. A server that
     * cannot be reached is tried again, with a growing pause, for {@link DatabaseSettings#startupTimeout()};
     * after that this throws {@link StoreUnavailable}. Throws {@link IllegalArgumentException} for a URL it
     * cannot read, and {@link IllegalStateException} if the migration fails.
     */
    public static PostgresAdapter start(DatabaseSettings settings) {
        return start(settings, null);
    }

    /**
     * As {@link #start(DatabaseSettings)}, with the pool's metrics (connections active, idle and pending, wait and
     * usage times) registered in {@code metersOrNull} through HikariCP's own Micrometer tracker.
     */
    public static PostgresAdapter start(DatabaseSettings settings, MeterRegistry metersOrNull) {
        Objects.requireNonNull(settings, "settings");
        DatabaseUrl url = DatabaseUrl.parse(settings.url());
        String user = url.userInUrl().orElse(settings.user());
        String password = url.passwordInUrl().orElse(settings.password());
        Databases databases = new Databases(url, user, password, settings.connectionTimeout());
        waitForServer(databases, url, settings.startupTimeout());
        String schemaVersion = migrate(url, user, password);
        HikariDataSource pool = openPool(url, user, password, settings, metersOrNull);
        return new PostgresAdapter(pool, databases, schemaVersion);
    }

    /** Creates the database if needed, retrying an unreachable server with exponential backoff until the deadline. */
    private static void waitForServer(Databases databases, DatabaseUrl url, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Duration delay = FIRST_RETRY_DELAY;
        while (true) {
            try {
                databases.createIfMissing();
                return;
            } catch (StoreUnavailable unreachable) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new StoreUnavailable("PostgreSQL at " + url + " did not answer within " + timeout.toSeconds()
                            + " s", unreachable.getCause());
                }
                LOG.warn("PostgreSQL at {} is not reachable yet; trying again in {} ms", url, delay.toMillis());
                sleep(Duration.ofNanos(Math.min(delay.toNanos(), left)));
                delay = delay.multipliedBy(2).compareTo(LONGEST_RETRY_DELAY) > 0 ? LONGEST_RETRY_DELAY : delay.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailable("Interrupted while waiting for PostgreSQL", e);
        }
    }

    /** The transaction boundary for the use cases. */
    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    /** The pool itself, for health checks and tools; the use cases go through {@link #unitOfWork()}. */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * How many transactions were retried after a deadlock or a serialization failure since start: with one lock
     * order everywhere, none should ever be.
     */
    public long transactionRetries() {
        return unitOfWork.retries();
    }

    /** Locks held across transactions, on a connection of their own that dies with this process. */
    public Locks locks() {
        return locks;
    }

    /**
     * A new listener for queued pushes, on a connection of its own that it opens at its first wait; the caller
     * closes it. Each push dispatcher has one.
     */
    public PushWakeups pushWakeups() {
        return new JdbiPushWakeups(databases);
    }

    /** The development payment gateway's records. */
    public DevGatewayStore devGatewayStore() {
        return devGatewayStore;
    }

    /**
     * True if the database answers within a couple of seconds and holds the schema this build migrated to. A
     * database recreated empty, or rolled back to an older schema, is not ready, though it answers.
     */
    public boolean isReady() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select exists (select 1 from flyway_schema_history where version = ? and success)")) {
            statement.setQueryTimeout((int) READINESS_TIMEOUT.toSeconds());
            statement.setString(1, schemaVersion);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        } catch (SQLException e) {
            return false;
        }
    }

    /** Closes every pooled connection and the lock connection, which releases every lock this process held. */
    @Override
    public void close() {
        try {
            dataSource.close();
        } finally {
            locks.close();
        }
    }

    private static HikariDataSource openPool(DatabaseUrl url, String user, String password, DatabaseSettings settings,
            MeterRegistry metersOrNull) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("jobsphere-postgres");
        if (metersOrNull != null) {
            config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(metersOrNull));
        }
        config.setDriverClassName("org.postgresql.Driver");
        config.setJdbcUrl(url.jdbcUrl());
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(settings.maximumPoolSize());
        config.setMinimumIdle(Math.min(MINIMUM_IDLE_CONNECTIONS, settings.maximumPoolSize()));
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setValidationTimeout(VALIDATION_TIMEOUT.toMillis());
        config.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        config.setMaxLifetime(MAXIMUM_LIFETIME.toMillis());
        // JdbiUnitOfWork relies on every connection being READ COMMITTED; it says why.
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.setAutoCommit(true);
        // The server enforces the time limits, so a stuck statement or a lock held by a stuck transaction
        // fails a request instead of holding a connection forever. The socket timeout is a last resort
        // for a server that stopped answering altogether.
        config.addDataSourceProperty("options", "-c statement_timeout=" + settings.statementTimeout().toMillis()
                + " -c lock_timeout=" + settings.lockTimeout().toMillis()
                + " -c idle_in_transaction_session_timeout=" + settings.statementTimeout().multipliedBy(2).toMillis());
        config.addDataSourceProperty("connectTimeout", Long.toString(Math.max(1, settings.connectionTimeout().toSeconds())));
        config.addDataSourceProperty("socketTimeout",
                Long.toString(settings.statementTimeout().plus(SOCKET_TIMEOUT_MARGIN).toSeconds()));
        config.addDataSourceProperty("ApplicationName", "jobsphere");
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw new StoreUnavailable("Could not open a connection pool to " + url, e.getCause());
        }
    }

    /**
     * Returns the schema version now current. Flyway connects on its own rather than through the pool: it holds two connections while it migrates,
     * which a small pool may not have to spare. Concurrent starts are safe, as Flyway takes an advisory lock.
     */
    private static String migrate(DatabaseUrl url, String user, String password) {
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(url.jdbcUrl(), user, password)
                    .locations(MIGRATIONS)
                    .failOnMissingLocations(true)
                    .cleanDisabled(true)
                    .load();
            flyway.migrate();
            return flyway.info().current().getVersion().getVersion();
        } catch (FlywayException e) {
            throw new IllegalStateException("The database migration failed", e);
        }
    }
}
