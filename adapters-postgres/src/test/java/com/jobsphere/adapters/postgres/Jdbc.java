package com.jobsphere.adapters.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Plain SQL for tests that must reach past the ports: tampering with rows, or reading the raw schema. */
final class Jdbc {
    private Jdbc() {
    }

    /** Runs one statement in its own transaction; what the database refuses is thrown as it comes. */
    static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static long queryLong(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            if (!result.next()) {
                throw new IllegalStateException("No row from " + sql);
            }
            return result.getLong(1);
        }
    }
}
