package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.StoreUnavailable;
import com.jobsphere.application.port.UnitOfWork;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;

/**
 * The PostgreSQL adapter's one entry point: it creates the database if it is missing, migrates it with
 * Flyway, and hands out a {@link UnitOfWork} whose stores run on a bounded connection pool.
 */
public final class PostgresAdapter implements AutoCloseable {
    private static final String MIGRATIONS = "classpath:db/migration";
    private static final int MINIMUM_IDLE_CONNECTIONS = 2;
    private static final Duration VALIDATION_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration IDLE_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration MAXIMUM_LIFETIME = Duration.ofMinutes(30);
    private static final Duration SOCKET_TIMEOUT_MARGIN = Duration.ofSeconds(30);

    private final HikariDataSource dataSource;
    private final UnitOfWork unitOfWork;

    private PostgresAdapter(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.unitOfWork = new JdbiUnitOfWork(Jdbi.create(dataSource));
    }

    /**
     * Connects, creating the database if it does not exist, and migrates it to the latest schema. Throws
     * {@link StoreUnavailable} if the server cannot be reached, {@link IllegalArgumentException} for a URL it
     * cannot read, and {@link IllegalStateException} if the migration fails.
     */
    public static PostgresAdapter start(DatabaseSettings settings) {
        Objects.requireNonNull(settings, "settings");
        DatabaseUrl url = DatabaseUrl.parse(settings.url());
        String user = url.userInUrl().orElse(settings.user());
        String password = url.passwordInUrl().orElse(settings.password());
        new Databases(url, user, password, settings.connectionTimeout()).createIfMissing();
        migrate(url, user, password);
        HikariDataSource pool = openPool(url, user, password, settings);
        return new PostgresAdapter(pool);
    }

    /** The transaction boundary for the use cases. */
    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    /** The pool itself, for health checks and tools; the use cases go through {@link #unitOfWork()}. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** True if a pooled connection answers within a couple of seconds; false once closed. */
    public boolean isReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid((int) VALIDATION_TIMEOUT.toSeconds());
        } catch (SQLException e) {
            return false;
        }
    }

    /** Closes every pooled connection. */
    @Override
    public void close() {
        dataSource.close();
    }

    private static HikariDataSource openPool(DatabaseUrl url, String user, String password, DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("jobsphere-postgres");
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
     * Flyway connects on its own rather than through the pool: it holds two connections while it migrates,
     * which a small pool may not have to spare. Concurrent starts are safe, as Flyway takes an advisory lock.
     */
    private static void migrate(DatabaseUrl url, String user, String password) {
        try {
            Flyway.configure()
                    .dataSource(url.jdbcUrl(), user, password)
                    .locations(MIGRATIONS)
                    .failOnMissingLocations(true)
                    .cleanDisabled(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new IllegalStateException("The database migration failed", e);
        }
    }
}
