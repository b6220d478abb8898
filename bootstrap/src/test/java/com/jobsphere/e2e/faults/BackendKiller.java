package com.jobsphere.e2e.faults;

import com.jobsphere.e2e.support.Psql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An operator gone wild: every {@code interval} it terminates every client backend of the test database but its
 * own ({@code pg_terminate_backend}), whatever the backend is doing: idle in the pool, inside a transaction,
 * committing, holding the lock connection. Started by {@link #start}, stopped (and waited for) by {@link #close}.
 */
final class BackendKiller implements AutoCloseable {
    private static final String TERMINATE_THE_OTHERS = """
            select count(*) filter (where pg_terminate_backend(pid))
            from pg_stat_activity
            where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'""";

    private final Psql psql;
    private final Duration interval;
    private final AtomicLong terminated = new AtomicLong();
    private final AtomicLong rounds = new AtomicLong();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Thread thread;
    private volatile boolean stopped;

    private BackendKiller(Psql psql, Duration interval) {
        this.psql = psql;
        this.interval = interval;
        this.thread = new Thread(this::run, "backend-killer");
        this.thread.setDaemon(true);
    }

    static BackendKiller start(Psql psql, Duration interval) {
        BackendKiller killer = new BackendKiller(psql, interval);
        killer.thread.start();
        return killer;
    }

    private void run() {
        try (Connection connection = psql.connect()) {
            while (!stopped) {
                Object killed = Psql.rows(connection, TERMINATE_THE_OTHERS).get(0).values().iterator().next();
                terminated.addAndGet(((Number) killed).longValue());
                rounds.incrementAndGet();
                Thread.sleep(interval.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException | RuntimeException e) {
            failure.set(e);
        }
    }

    /** How many backends it terminated. */
    long terminated() {
        return terminated.get();
    }

    long rounds() {
        return rounds.get();
    }

    /** Stops it and waits for its last round to end; fails if it could not do its job. */
    @Override
    public void close() {
        stopped = true;
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the backend killer", e);
        }
        if (thread.isAlive()) {
            throw new AssertionError("the backend killer did not stop");
        }
        if (failure.get() != null) {
            throw new AssertionError("the backend killer failed", failure.get());
        }
    }
}
