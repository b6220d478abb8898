package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.ConcurrentUpdate;
import com.jobsphere.application.port.Stores;
import com.jobsphere.application.port.UnitOfWork;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
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
 * <p>The lock order (CONTRACT.md §12), asserted by {@link Sql#acquire} rather than only written down: an
 * idempotency key, then a job (the one root of its deal: applications, offers and completion requests are only
 * written with their job locked), then payment rows (a wallet, a deposit, a withdrawal), then ledger balance rows
 * (wallets by account key, then platform slots, see {@link JdbiLedger}). Two transactions can wait for each
 * other but never deadlock. A deadlock or serialization failure that slips through anyway is retried a bounded
 * number of times, and counted ({@link #retries()}), so a test can prove that none happened.
 *
 * <p>A transaction's writes are queued and sent together with its last read or at commit (see {@link Sql}).
 */
final class JdbiUnitOfWork implements UnitOfWork {
    static final int MAXIMUM_ATTEMPTS = 3;
    private static final long BACKOFF_MILLIS = 5;

    private final Jdbi jdbi;
    private final AtomicLong retries = new AtomicLong();

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
                retries.incrementAndGet();
                pauseBefore(attempt + 1, e);
            }
        }
    }

    /** On an autocommit connection: no BEGIN, no COMMIT, one round trip per statement and nothing held after. */
    @Override
    public <T> T read(Function<Stores, T> work) {
        Objects.requireNonNull(work, "work");
        try {
            return jdbi.withHandle(handle -> work.apply(new JdbiStores(Sql.readOnly(handle))));
        } catch (JdbiException e) {
            throw SqlFailures.translate(e);
        }
    }

    /** How many transactions were run again after a deadlock or a serialization failure, since start. */
    long retries() {
        return retries.get();
    }

    private <T> T runOnce(Function<Stores, T> work) {
        try {
            return jdbi.inTransaction(handle -> {
                Sql sql = new Sql(handle);
                T result = work.apply(new JdbiStores(sql));
                sql.flush();
                sql.requireNothingRefused();
                return result;
            });
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
