package com.jobsphere.application.port;

import java.util.function.Function;

/** The transaction boundary. Every use case that reads and writes state runs its work through one. */
public interface UnitOfWork {
    /**
     * Runs {@code work} in one database transaction with stores bound to it, and commits when it
     * returns. Any exception rolls everything back and propagates unchanged, except a failure of the
     * database itself, which surfaces as {@link StoreUnavailable}, and a serialization or deadlock
     * failure that persists after a bounded number of retries, which surfaces as {@link ConcurrentUpdate}.
     * {@code work} may therefore run more than once and must not call the outside world.
     */
    <T> T inTransaction(Function<Stores, T> work);

    /**
     * Runs {@code work} that only reads, without opening a transaction: each statement sees what was committed
     * when it ran, and nothing is locked. The round trips of BEGIN and COMMIT are saved on every read that needs
     * no consistent view across statements. Failures surface as in {@link #inTransaction}.
     */
    <T> T read(Function<Stores, T> work);
}
