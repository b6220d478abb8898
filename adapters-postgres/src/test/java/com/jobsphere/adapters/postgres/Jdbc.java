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

    /**
     * How long a termination waits for the backend process to exit. pg_terminate_backend only signals the process
     * unless given a timeout, and what the process holds (an advisory lock, row locks) is released when it exits: a
     * test that checks a lock right after an unwaited termination races the exit.
     */
    private static final long EXIT_WAIT_MILLIS = 10_000;

    /**
     * Terminates the backends of this backend's database whose running query contains {@code queryFragment}, as an
     * operator's pg_terminate_backend would; returns how many.
     */
    static long terminateOthers(Backend backend, String queryFragment) throws SQLException {
        return queryLong(backend.adapter().dataSource(), "select count(pg_terminate_backend(pid, " + EXIT_WAIT_MILLIS + ")) from pg_stat_activity"
                + " where datname = current_database() and pid <> pg_backend_pid() and query like '%"
                + queryFragment.replace("'", "''") + "%' and query not like '%pg_stat_activity%'");
    }

    /**
     * Waits (at most 10 s) until a backend runs a query containing {@code queryFragment}, then terminates it: a
     * test that signals "about to run it" from the client side cannot know the query has reached the server.
     */
    static void terminateWhenRunning(Backend backend, String queryFragment) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (terminateOthers(backend, queryFragment) == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No backend ran a query containing " + queryFragment + " within 10 s");
            }
            Thread.sleep(10);
        }
    }

    /** Terminates every backend of this database with the given application_name; returns how many. */
    static long terminateApplication(Backend backend, String applicationName) throws SQLException {
        return queryLong(backend.adapter().dataSource(), "select count(pg_terminate_backend(pid, " + EXIT_WAIT_MILLIS + ")) from pg_stat_activity"
                + " where datname = current_database() and application_name = '" + applicationName.replace("'", "''") + "'");
    }
}
