package com.jobsphere.e2e.support;

import com.jobsphere.adapters.postgres.TestDatabase;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL's count of deadlocks detected in one database ({@code pg_stat_database.deadlocks}).
 *
 * <p>A backend keeps its statistics to itself until it flushes them: at most once a second while busy, and as it
 * exits. It leaves {@code pg_stat_activity} before that last flush, so the count is read only once the backend
 * processes themselves have ended (the test server runs on this machine, as CI's does).
 */
public final class Deadlocks {
    private static final long GONE_SECONDS = 15;

    private final Psql maintenance;
    private final String name;
    private final List<Long> backends;

    private Deadlocks(Psql maintenance, String name, List<Long> backends) {
        this.maintenance = maintenance;
        this.name = name;
        this.backends = backends;
    }

    /** Notes the backends connected to {@code database} now; call it while they are still there. */
    public static Deadlocks watch(TestDatabase database) {
        Psql maintenance = Psql.on(database).maintenance();
        List<Long> pids = maintenance.rows("select pid from pg_stat_activity where datname = ?", database.name())
                .stream().map(row -> ((Number) row.get("pid")).longValue()).toList();
        return new Deadlocks(maintenance, database.name(), pids);
    }

    /** Once every session has left the database and every noted backend has exited: the deadlocks detected in it. */
    public long count() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(GONE_SECONDS);
        while (maintenance.number("select count(*) from pg_stat_activity where datname = ?", name) > 0
                || backends.stream().map(ProcessHandle::of).flatMap(Optional::stream).anyMatch(ProcessHandle::isAlive)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("sessions of " + name + " were still there after " + GONE_SECONDS + " s: "
                        + maintenance.rows("select pid, application_name, state, query from pg_stat_activity"
                                + " where datname = ?", name));
            }
            sleep();
        }
        return maintenance.number("select deadlocks from pg_stat_database where datname = ?", name);
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database's sessions to end", e);
        }
    }
}
