package com.jobsphere.application.common;

import com.jobsphere.application.port.IdempotencyRecord;
import com.jobsphere.application.port.UnitOfWork;
import com.jobsphere.domain.common.Conflict;
import com.jobsphere.domain.common.ValidationFailed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Stripe's idempotency semantics for state-changing requests: the same key from the same caller with
 * the same body within 24 hours replays the first response; a different body is refused; a request
 * still running makes the second one wait its turn (409).
 */
public final class IdempotentRequests {
    public static final Duration RETENTION = Duration.ofHours(24);
    static final int PURGE_BATCH_SIZE = 1_000;

    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public IdempotentRequests(UnitOfWork unitOfWork, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** A stored response to send again. */
    public record Replay(int status, String body) {
    }

    /**
     * Claims the key. Returns empty if this request is the first and should run, or the stored response
     * to replay. Refuses a reused key with another body (400) or one whose first request is still running (409).
     */
    public Optional<Replay> claim(String userId, String key, String requestHash) {
        Instant now = clock.instant();
        Optional<IdempotencyRecord> existing = unitOfWork.inTransaction(stores ->
                stores.idempotencyRecords().claim(userId, key, requestHash, now, now.minus(RETENTION)));
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        IdempotencyRecord record = existing.get();
        if (!record.requestHash().equals(requestHash)) {
            throw new ValidationFailed("Idempotency-Key", "Idempotency-Key was already used with a different request");
        }
        if (record.inProgress()) {
            throw new Conflict("A request with this Idempotency-Key is still being processed");
        }
        return Optional.of(new Replay(record.status(), record.body()));
    }

    /** Stores the response of a claimed key for replay. */
    public void complete(String userId, String key, int status, String body) {
        unitOfWork.inTransaction(stores -> {
            stores.idempotencyRecords().complete(userId, key, status, body);
            return null;
        });
    }

    /** Frees the key of a request that failed with a fault, so a retry may run it. */
    public void release(String userId, String key) {
        unitOfWork.inTransaction(stores -> {
            stores.idempotencyRecords().release(userId, key);
            return null;
        });
    }

    /** Deletes records past the 24-hour replay window, a bounded batch at a time; returns how many. */
    public int purgeExpired() {
        Instant cutoff = clock.instant().minus(RETENTION);
        return unitOfWork.inTransaction(stores -> stores.idempotencyRecords().purgeOlderThan(cutoff, PURGE_BATCH_SIZE));
    }
}
