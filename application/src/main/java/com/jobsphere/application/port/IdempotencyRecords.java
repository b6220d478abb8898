package com.jobsphere.application.port;

import java.time.Instant;
import java.util.Optional;

/**
 * The keys clients send with retryable requests, per caller. Every method works inside the current
 * transaction: a record is written only if that transaction commits.
 */
public interface IdempotencyRecords {
    /**
     * Takes the key for the rest of the transaction and returns its record as committed when it was taken, if
     * there is one. The lock is the transaction's own (it ends with the commit, the rollback, or the death of
     * the connection), so a key whose holder died is free at once. Throws
     * {@link com.jobsphere.domain.common.Conflict} if another live transaction holds the key.
     */
    Optional<IdempotencyRecord> claim(RequestKey key, Instant at);

    /** Records how far a request that calls the payment provider has come, and the id of what it made. */
    void saveProgress(RequestKey key, String recoveryPoint, String resourceId, Instant at);

    /** Records the response to replay; the key is then finished. */
    void saveResponse(RequestKey key, RecordedResponse response, Instant at);

    /** Deletes records created before {@code cutoff}, at most {@code limit}; returns how many. */
    int purgeOlderThan(Instant cutoff, int limit);
}
