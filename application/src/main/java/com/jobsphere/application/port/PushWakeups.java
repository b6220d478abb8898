package com.jobsphere.application.port;

import java.time.Duration;

/**
 * How a push dispatcher learns that pushes were queued, on any instance, without asking the database over and
 * over: PostgreSQL's LISTEN/NOTIFY in production. It is only a wake-up: the dispatcher still polls, so a lost
 * signal delays a push by the poll interval and loses nothing.
 */
public interface PushWakeups extends AutoCloseable {
    /**
     * Waits until pushes are queued by a transaction that commits, or {@code timeout} passes; returns whether
     * woken by queued pushes. Never throws for a database that cannot be reached: it waits out the timeout
     * instead and tries to listen again next time.
     */
    boolean await(Duration timeout);

    /** Stops listening; a later {@link #await} only waits out its timeout. */
    @Override
    void close();
}
