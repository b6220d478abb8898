package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.StoreUnavailable;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * Creates and drops whole databases on one server, through plain JDBC connections outside the pool
 * (the pool cannot connect to a database that does not exist yet).
 */
final class Databases {
    private static final Driver DRIVER = new Driver();

    private final DatabaseUrl server;
    private final String user;
    private final String password;
    private final Duration connectTimeout;

    /** {@code server} names the server; its database is only used to find out whether it exists. */
    Databases(DatabaseUrl server, String user, String password, Duration connectTimeout) {
        this.server = Objects.requireNonNull(server, "server");
        this.user = Objects.requireNonNull(user, "user");
        this.password = Objects.requireNonNull(password, "password");
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
    }

    /**
     * Creates {@code server}'s database unless it exists. Another process creating it at the same moment is
     * fine. An unreachable server is {@link StoreUnavailable}.
     */
    void createIfMissing() {
        try {
            connect(server).close();
            return;
        } catch (SQLException e) {
            if (!SqlFailures.UNDEFINED_DATABASE.equals(e.getSQLState())) {
                throw failure("Could not connect to " + server, e);
            }
        }
        try {
            executeOnMaintenanceDatabase("create database " + quote(server.database()));
        } catch (SQLException e) {
            if (!SqlFailures.DUPLICATE_DATABASE.equals(e.getSQLState())) {
                throw failure("Could not create the database " + server.database(), e);
            }
        }
    }

    /** Creates a new database as a copy of {@code template}, which nobody may be connected to. */
    void createFromTemplate(String name, String template) {
        try {
            executeOnMaintenanceDatabase("create database " + quote(name) + " template " + quote(template));
        } catch (SQLException e) {
            throw failure("Could not create the database " + name, e);
        }
    }

    /** Drops the database, closing any connection still open to it. */
    void drop(String name) {
        try {
            executeOnMaintenanceDatabase("drop database if exists " + quote(name) + " with (force)");
        } catch (SQLException e) {
            throw failure("Could not drop the database " + name, e);
        }
    }

    /** True if the server accepts a connection to {@code server}'s database within the connect timeout. */
    boolean isReachable() {
        try {
            connect(server).close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private void executeOnMaintenanceDatabase(String sql) throws SQLException {
        try (Connection connection = connect(server.withDatabase(DatabaseUrl.MAINTENANCE_DATABASE));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * A connection of its own to {@code server}'s database, outside the pool, named {@code applicationName} in
     * pg_stat_activity. The caller closes it.
     */
    Connection open(String applicationName) throws SQLException {
        Properties extra = new Properties();
        extra.setProperty("ApplicationName", applicationName);
        return connect(server, extra);
    }

    private Connection connect(DatabaseUrl target) throws SQLException {
        return connect(target, new Properties());
    }

    private Connection connect(DatabaseUrl target, Properties extra) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        String seconds = Long.toString(Math.max(1, connectTimeout.toSeconds()));
        properties.setProperty("connectTimeout", seconds);
        properties.setProperty("loginTimeout", seconds);
        properties.setProperty("socketTimeout", Long.toString(Math.max(60, connectTimeout.toSeconds())));
        properties.putAll(extra);
        Connection connection = DRIVER.connect(target.jdbcUrl(), properties);
        if (connection == null) {
            throw new IllegalStateException("The PostgreSQL driver does not accept " + target);
        }
        return connection;
    }

    /** A double-quoted identifier, so any database name is taken literally and cannot inject SQL. */
    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static RuntimeException failure(String what, SQLException cause) {
        RuntimeException translated = SqlFailures.translate(cause);
        if (translated instanceof StoreUnavailable) {
            return new StoreUnavailable(what + ": the database server is unavailable", cause);
        }
        return new IllegalStateException(what + " (SQLSTATE " + SqlFailures.sqlState(cause) + ")", cause);
    }
}
