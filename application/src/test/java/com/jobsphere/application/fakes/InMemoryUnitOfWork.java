package com.jobsphere.application.fakes;

import com.jobsphere.application.port.ConcurrentUpdate;
import com.jobsphere.application.port.RequestKey;
import com.jobsphere.application.port.StoreUnavailable;
import com.jobsphere.application.port.Stores;
import com.jobsphere.application.port.UnitOfWork;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A unit of work over in-memory stores that keep the SQL stores' rules: the same uniqueness refusals, the
 * same overdraft refusal, the same orderings. Each transaction runs against a copy of the committed state,
 * and the copy becomes the committed state only if the work returns, so an exception leaves nothing behind.
 * Transactions run one at a time, which is the strongest isolation there is.
 *
 * <p>The failure switches let use-case tests see what a real database can do to them: a commit that fails,
 * a database that is down, a transaction retried after a deadlock.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {
    private InMemoryState committed = new InMemoryState();
    private RuntimeException nextCommitFailure;
    private boolean unavailable;
    private boolean retryNext;
    private boolean running;
    private int commits;
    private int commitsBeforeFailure = -1;
    private final Set<RequestKey> keysHeldElsewhere = new HashSet<>();

    @Override
    public synchronized <T> T inTransaction(Function<Stores, T> work) {
        Objects.requireNonNull(work, "work");
        if (running) {
            // A nested transaction would commit on its own copy and then be overwritten by the outer one.
            throw new IllegalStateException("A unit of work was started inside another one");
        }
        if (unavailable) {
            throw new StoreUnavailable("The database is down (InMemoryUnitOfWork.setUnavailable)", null);
        }
        running = true;
        try {
            if (retryNext) {
                retryNext = false;
                runOnCopy(work);
            }
            InMemoryState working = committed.copy();
            T result = work.apply(new InMemoryStores(working, this));
            failCommitIfAsked();
            committed = working;
            commits++;
            return result;
        } finally {
            running = false;
        }
    }

    /**
     * Lets {@code commits} more transactions commit, then fails the one after with {@link StoreUnavailable}, as
     * a process dying between two phases of a use case would: the phases before it stay, its own work is lost.
     */
    public synchronized void failCommitAfter(int commitsLetThrough) {
        if (commitsLetThrough < 0) {
            throw new IllegalArgumentException("commitsLetThrough must not be negative");
        }
        commitsBeforeFailure = commitsLetThrough;
    }

    /** While held, claiming this key fails with 409, as when another live request holds it. */
    public synchronized void holdKeyElsewhere(RequestKey key, boolean held) {
        if (held) {
            keysHeldElsewhere.add(key);
        } else {
            keysHeldElsewhere.remove(key);
        }
    }

    synchronized boolean isHeldElsewhere(RequestKey key) {
        return keysHeldElsewhere.stream().anyMatch(held -> held.callerId().equals(key.callerId())
                && held.key().equals(key.key()));
    }

    /** Reads run on the committed state and can change nothing: their working copy is thrown away. */
    @Override
    public synchronized <T> T read(Function<Stores, T> work) {
        Objects.requireNonNull(work, "work");
        if (unavailable) {
            throw new StoreUnavailable("The database is down (InMemoryUnitOfWork.setUnavailable)", null);
        }
        return work.apply(new InMemoryStores(committed.copy(), this));
    }

    /** The next transaction runs its work fully, then fails to commit with {@link StoreUnavailable}. */
    public synchronized void failNextCommit() {
        nextCommitFailure = new StoreUnavailable("The database went away during commit (InMemoryUnitOfWork.failNextCommit)", null);
    }

    /** The next transaction runs its work fully, then loses to concurrent transactions with {@link ConcurrentUpdate}. */
    public synchronized void conflictOnNextCommit() {
        nextCommitFailure = new ConcurrentUpdate("Lost to other transactions (InMemoryUnitOfWork.conflictOnNextCommit)", null);
    }

    /** While unavailable, every transaction fails with {@link StoreUnavailable} before its work runs. */
    public synchronized void setUnavailable(boolean down) {
        unavailable = down;
    }

    /**
     * The next transaction's work runs twice, the first run discarded, as when the database rolls back a
     * deadlock victim and the unit of work retries it: work that calls the outside world shows up here.
     */
    public synchronized void retryNextTransaction() {
        retryNext = true;
    }

    /** How many transactions have committed, for tests that check work was (or was not) done. */
    public synchronized int commits() {
        return commits;
    }

    private <T> void runOnCopy(Function<Stores, T> work) {
        work.apply(new InMemoryStores(committed.copy(), this));
    }

    private void failCommitIfAsked() {
        if (commitsBeforeFailure == 0) {
            commitsBeforeFailure = -1;
            throw new StoreUnavailable("The database went away during commit (InMemoryUnitOfWork.failCommitAfter)", null);
        }
        if (commitsBeforeFailure > 0) {
            commitsBeforeFailure--;
        }
        RuntimeException failure = nextCommitFailure;
        if (failure != null) {
            nextCommitFailure = null;
            throw failure;
        }
    }
}
