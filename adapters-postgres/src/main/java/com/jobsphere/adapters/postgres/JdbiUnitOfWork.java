package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.ConcurrentUpdate;
import com.jobsphere.application.port.Stores;
import com.jobsphere.application.port.UnitOfWork;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * One database transaction per unit of work, with stores bound to its handle.
 *
 * <p>Isolation is READ COMMITTED, set on every pooled connection by {@link PostgresAdapter}. The invariants do
 * not rest on the isolation level but on row locks and on constraints the database checks itself: use cases
 * lock the rows they decide on ({@code SELECT ... FOR UPDATE}) before they write; a wallet balance can only
 * change through an UPDATE that re-reads the locked row and a CHECK that refuses a negative balance; the one
 * live offer per job, one pending completion request, one wallet per user and one event id are unique
 * indexes. Under READ COMMITTED a statement that waited for a lock sees the row as the winner left it, so
 * these hold without the serialization failures SERIALIZABLE would raise on every hot path.
 *
 * <p>Locking order, so that transactions wait for one another instead of deadlocking: the use cases lock
 * the business rows first (offer, then job, then the job's applications, then wallets in ascending user-id
 * order), and the ledger updates balance rows last: wallet balances in ascending account order, then the
 * platform slots in account and slot order (see {@link JdbiLedger}). A deadlock that slips through anyway,
 * or a serialization failure, is retried here a bounded number of times.
 */
final class JdbiUnitOfWork implements UnitOfWork {
    static final int MAXIMUM_ATTEMPTS = 3;
    private static final long BACKOFF_MILLIS = 5;

    private final Jdbi jdbi;

    JdbiUnitOfWork(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public <T> T inTransaction(Function<Stores, T> work) {
        Objects.requireNonNull(work, "work");
        for (int attempt = 1; ; attempt++) {
            try {
                return runOnce(work);
            } catch (RetryableConflict e) {
                if (attempt >= MAXIMUM_ATTEMPTS) {
                    throw new ConcurrentUpdate("Gave up after " + attempt + " attempts lost to other transactions",
                            e.getCause());
                }
                pauseBefore(attempt + 1, e);
            }
        }
    }

    private <T> T runOnce(Function<Stores, T> work) {
        try {
            return jdbi.inTransaction(handle -> work.apply(new JdbiStores(new Sql(handle))));
        } catch (JdbiException e) {
            // Opening the connection, committing or rolling back failed: the stores translated everything else.
            throw SqlFailures.translate(e);
        }
    }

    /** A short random pause, so that two transactions that collided do not collide again in lockstep. */
    private static void pauseBefore(int attempt, RetryableConflict conflict) {
        try {
            Thread.sleep(BACKOFF_MILLIS * attempt + ThreadLocalRandom.current().nextLong(BACKOFF_MILLIS * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConcurrentUpdate("Interrupted while waiting to retry a transaction", conflict.getCause());
        }
    }
}
