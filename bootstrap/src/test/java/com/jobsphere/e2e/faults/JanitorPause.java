package com.jobsphere.e2e.faults;

import com.jobsphere.adapters.postgres.AdvisoryLockKeys;
import com.jobsphere.e2e.support.Psql;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Keeps every instance's janitor out by holding its turn: the session advisory lock each janitor run takes
 * ({@code Janitor.LOCK}, "janitor") and skips its run without. A test holds it while it leaves a withdrawal half
 * done, so that no janitor settles it, or takes the payment provider's armed failure for its own request, before
 * the test has seen the half-done state; when the pause ends the janitors get at it.
 */
final class JanitorPause {
    private static final String JANITOR_LOCK = "janitor";

    private JanitorPause() {
    }

    /** Runs {@code work} while no janitor runs; taking the turn first waits for a run in progress to end. */
    static void during(Psql psql, Runnable work) {
        int[] key = AdvisoryLockKeys.sessionLock(JANITOR_LOCK);
        // The lock is the session's: closing the connection gives the turn back, whatever work threw.
        try (Connection connection = psql.connect()) {
            Psql.rows(connection, "select pg_advisory_lock(?, ?)", key[0], key[1]);
            work.run();
        } catch (SQLException e) {
            throw new IllegalStateException("could not give the janitors their turn back", e);
        }
    }
}
