package com.jobsphere.e2e.support;

import com.jobsphere.adapters.postgres.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Plain SQL on a test's database, from outside the service, as an operator's psql would: to check what was
 * committed behind the API's back, to hold a row lock, or to cut the service's connections. Each call opens a
 * connection of its own and closes it; {@link #connect()} hands one out for work that spans statements.
 */
public final class Psql {
    /** The server's maintenance database, from which whole databases are dropped and created. */
    private static final String MAINTENANCE_DATABASE = "postgres";

    private final String jdbcUrl;
    private final String user;
    private final String password;

    private Psql(String jdbcUrl, String user, String password) {
        this.jdbcUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        this.user = Objects.requireNonNull(user, "user");
        this.password = Objects.requireNonNull(password, "password");
    }

    public static Psql on(TestDatabase database) {
        return new Psql(database.jdbcUrl(), database.user(), database.password());
    }

    /** The same server's maintenance database: for {@code drop database} and {@code create database}. */
    public Psql maintenance() {
        return new Psql(jdbcUrl.substring(0, jdbcUrl.lastIndexOf('/') + 1) + MAINTENANCE_DATABASE, user, password);
    }

    /** A connection of the caller's, in autocommit mode; the caller closes it. */
    public Connection connect() {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("ApplicationName", "e2e-psql");
        try {
            return DriverManager.getConnection(jdbcUrl, properties);
        } catch (SQLException e) {
            throw new IllegalStateException("could not connect to " + jdbcUrl, e);
        }
    }

    /** Every row of a query, each column by its label, with {@code ?} parameters bound in order. */
    public List<Map<String, Object>> rows(String sql, Object... parameters) {
        try (Connection connection = connect()) {
            return rows(connection, sql, parameters);
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    /** The one value of a query that returns one row of one number. */
    public long number(String sql, Object... parameters) {
        List<Map<String, Object>> rows = rows(sql, parameters);
        if (rows.size() != 1 || rows.get(0).size() != 1) {
            throw new IllegalStateException("expected one row of one column from " + sql + " but got " + rows);
        }
        return ((Number) rows.get(0).values().iterator().next()).longValue();
    }

    /** The one text value of a query that returns one row of one column. */
    public String text(String sql, Object... parameters) {
        List<Map<String, Object>> rows = rows(sql, parameters);
        if (rows.size() != 1 || rows.get(0).size() != 1) {
            throw new IllegalStateException("expected one row of one column from " + sql + " but got " + rows);
        }
        return String.valueOf(rows.get(0).values().iterator().next());
    }

    /** Runs one statement in its own transaction. */
    public void execute(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.execute();
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    /** {@link #rows(String, Object...)} on a connection the caller holds, inside whatever transaction it has open. */
    public static List<Map<String, Object>> rows(Connection connection, String sql, Object... parameters) {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet result = statement.executeQuery()) {
            ResultSetMetaData columns = result.getMetaData();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int column = 1; column <= columns.getColumnCount(); column++) {
                    row.put(columns.getColumnLabel(column), result.getObject(column));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    private static IllegalStateException failed(String sql, SQLException cause) {
        return new IllegalStateException("SQL failed (SQLSTATE " + cause.getSQLState() + "): " + sql, cause);
    }

    @Override
    public String toString() {
        return "Psql[" + jdbcUrl + "]";
    }
}
