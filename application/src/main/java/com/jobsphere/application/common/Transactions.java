package com.jobsphere.application.common;

import com.jobsphere.application.port.BusinessEvents;
import com.jobsphere.application.port.IdempotencyRecord;
import com.jobsphere.application.port.IdempotentRequest;
import com.jobsphere.application.port.Locks;
import com.jobsphere.application.port.RequestKey;
import com.jobsphere.application.port.StoreUnavailable;
import com.jobsphere.application.port.Stores;
import com.jobsphere.application.port.UnitOfWork;
import com.jobsphere.domain.common.Conflict;
import com.jobsphere.domain.common.DomainException;
import com.jobsphere.domain.common.ValidationFailed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How use cases open their database transactions, and how a request sent with an {@code Idempotency-Key}
 * takes effect exactly once (CONTRACT.md §11).
 *
 * <p>A keyed request claims its key inside the same transaction that carries its effect, and the response is
 * recorded there too. So if that transaction rolls back (a fault, a dropped connection, a crash) nothing of
 * the key remains and a retry runs afresh; if it commits, a retry replays the recorded response, even when the
 * first answer never reached the client. "Still being processed" (409) is decided by a lock that dies with its
 * holder, never by a timestamp.
 *
 * <p>A use case that calls the payment provider between transactions runs in phases ({@link #phase}), each a
 * transaction that records how far the request has come (Brandur Leach's atomic phases and recovery points).
 * A retry with the same key resumes after the last committed phase and calls the provider again with the
 * same provider idempotency key, so no phase's effect is repeated. Across the phases the request holds its
 * key with a {@link Locks} lock ({@link #hold}).
 *
 * <p>Every method takes a null request to mean "no key": then it is a plain transaction.
 */
public final class Transactions {
    /** A finished key is replayed for 24 hours, as Stripe does; after that it is purged and may run afresh. */
    public static final Duration KEY_RETENTION = Duration.ofHours(24);
    static final String STILL_RUNNING = "A request with this Idempotency-Key is still being processed";
    static final String KEY_REUSED = "Idempotency-Key was already used with a different request";
    private static final System.Logger LOG = System.getLogger(Transactions.class.getName());

    private final UnitOfWork unitOfWork;
    private final Locks locks;
    private final Clock clock;
    private final BusinessEvents events;

    /** Transactions that tell nobody what they did. */
    public Transactions(UnitOfWork unitOfWork, Locks locks, Clock clock) {
        this(unitOfWork, locks, clock, BusinessEvents.NONE);
    }

    /** Transactions that tell {@code events} what they did, once it has committed. */
    public Transactions(UnitOfWork unitOfWork, Locks locks, Clock clock, BusinessEvents events) {
        this.events = Objects.requireNonNull(events, "events");
        this.unitOfWork = new ObservedUnitOfWork(Objects.requireNonNull(unitOfWork, "unitOfWork"), events);
        this.locks = Objects.requireNonNull(locks, "locks");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Where use cases tell of outcomes decided after a commit (how a payment event ended). */
    public BusinessEvents events() {
        return events;
    }

    /** Reads that need no transaction: no BEGIN, no COMMIT, no locks. */
    public <T> T read(Function<Stores, T> work) {
        return unitOfWork.read(work);
    }

    /** One transaction, for work that no client retries with a key. */
    public <T> T run(Function<Stores, T> work) {
        return unitOfWork.inTransaction(work);
    }

    /**
     * One transaction that carries the request's effect, its key and its response. A request finished before
     * is not run: {@link RequestReplayed} carries its response. A refusal of the work is recorded too (in a
     * transaction of its own, as it has no effect to commit with) and then thrown.
     */
    public <R> R run(IdempotentRequest<R> request, Function<Stores, R> work) {
        if (request == null) {
            return unitOfWork.inTransaction(work);
        }
        return replaysCounted(() -> refusalsRecorded(request, () -> unitOfWork.inTransaction(stores -> {
            claim(stores, request.key());
            R result = refusalMarked(() -> work.apply(stores));
            stores.idempotencyRecords().saveResponse(request.key(), request.respond(result), clock.instant());
            // The effect's writes and the response go to the database together; a refusal they meet (an overdraft)
            // is the work's own, recorded like any other.
            refusalMarked(() -> {
                stores.flush();
                return null;
            });
            return result;
        })));
    }

    /**
     * One phase of a request that calls the payment provider between transactions: a transaction in which
     * {@code work} sees how far an earlier attempt with this key came, and may record its own progress. The
     * last phase is an ordinary {@link #run(IdempotentRequest, Function)}, which records the response.
     */
    public <T> T phase(IdempotentRequest<?> request, BiFunction<Stores, Progress, T> work) {
        if (request == null) {
            return unitOfWork.inTransaction(stores -> work.apply(stores, new Progress(stores, null, null, clock)));
        }
        return replaysCounted(() -> refusalsRecorded(request, () -> unitOfWork.inTransaction(stores -> {
            Optional<IdempotencyRecord> record = claim(stores, request.key());
            Progress progress = new Progress(stores, request.key(), record.orElse(null), clock);
            return refusalMarked(() -> work.apply(stores, progress));
        })));
    }

    /**
     * Runs {@code work} (the phases of one request) while holding the request's key, so that a second request
     * with the same key is told 409 while this one works, rather than joining it. The lock is released when
     * {@code work} ends, or by the database if this process dies first. Nothing is held without a key.
     */
    public <T> T holding(IdempotentRequest<?> request, Supplier<T> work) {
        if (request == null) {
            return work.get();
        }
        Locks.Lock held = locks.tryLock(request.key().lockName()).orElseThrow(() -> new Conflict(STILL_RUNNING));
        try {
            return work.get();
        } finally {
            held.close();
        }
    }

    /** Deletes keys past the replay window, a bounded batch at a time; returns how many. */
    public int purgeExpiredKeys(int limit) {
        Instant cutoff = clock.instant().minus(KEY_RETENTION);
        return unitOfWork.inTransaction(stores -> stores.idempotencyRecords().purgeOlderThan(cutoff, limit));
    }

    /**
     * How far an earlier attempt with the same key came: a recovery point and the id of what its first phase
     * made. {@link #reach} records this attempt's progress in the phase's transaction.
     */
    public static final class Progress {
        private final Stores stores;
        private final RequestKey key;
        private final IdempotencyRecord record;
        private final Clock clock;

        private Progress(Stores stores, RequestKey key, IdempotencyRecord record, Clock clock) {
            this.stores = stores;
            this.key = key;
            this.record = record;
            this.clock = clock;
        }

        /** The recovery point an earlier attempt committed, if any. */
        public Optional<String> recoveryPoint() {
            return record == null ? Optional.empty() : Optional.ofNullable(record.recoveryPoint());
        }

        /** The id of what an earlier attempt's first phase made, if any. */
        public Optional<String> resourceId() {
            return record == null ? Optional.empty() : Optional.ofNullable(record.resourceId());
        }

        /** Records that this request has come to {@code point}, having made {@code id}; a no-op without a key. */
        public void reach(String point, String id) {
            if (key != null) {
                stores.idempotencyRecords().saveProgress(key, point, id, clock.instant());
            }
        }
    }

    /**
     * Takes the key for the transaction and decides what its record means: finished → replay; first sent with
     * another request → refused; otherwise the work may run (resuming after any recorded progress).
     */
    private Optional<IdempotencyRecord> claim(Stores stores, RequestKey key) {
        Optional<IdempotencyRecord> record = stores.idempotencyRecords().claim(key, clock.instant());
        if (record.isPresent()) {
            if (!record.get().matches(key)) {
                throw new ValidationFailed("Idempotency-Key", KEY_REUSED);
            }
            if (record.get().isFinished()) {
                throw new RequestReplayed(record.get().response());
            }
        }
        return record;
    }

    /** Counts a replay once it is decided: outside the transaction, so a retried attempt is not counted twice. */
    private <T> T replaysCounted(Supplier<T> keyed) {
        try {
            return keyed.get();
        } catch (RequestReplayed replayed) {
            events.requestReplayed();
            throw replayed;
        }
    }

    /**
     * Runs a keyed transaction; a refusal that the work itself raised (not one about the key) is recorded for
     * replay before it is thrown. If it cannot be recorded, the refusal is still the answer: a retry then runs
     * the request again and is refused again.
     */
    private <T> T refusalsRecorded(IdempotentRequest<?> request, Supplier<T> transaction) {
        try {
            return transaction.get();
        } catch (WorkRefused refused) {
            record(request, refused.refusal);
            throw refused.refusal;
        }
    }

    private void record(IdempotentRequest<?> request, DomainException refusal) {
        try {
            unitOfWork.inTransaction(stores -> {
                Optional<IdempotencyRecord> record = stores.idempotencyRecords().claim(request.key(), clock.instant());
                if (record.isEmpty() || (!record.get().isFinished() && record.get().matches(request.key()))) {
                    stores.idempotencyRecords().saveResponse(request.key(), request.refuse(refusal), clock.instant());
                }
                return null;
            });
        } catch (Conflict | StoreUnavailable | com.jobsphere.application.port.ConcurrentUpdate notRecorded) {
            LOG.log(System.Logger.Level.DEBUG, "A refusal was not recorded for replay: {0}", notRecorded.getMessage());
        }
    }

    private static <T> T refusalMarked(Supplier<T> work) {
        try {
            return work.get();
        } catch (DomainException refusal) {
            throw new WorkRefused(refusal);
        }
    }

    /** Carries a refusal of the work out of the transaction, apart from refusals about the key itself. */
    private static final class WorkRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient DomainException refusal;

        WorkRefused(DomainException refusal) {
            super(refusal.getMessage(), refusal, false, false);
            this.refusal = refusal;
        }
    }
}
