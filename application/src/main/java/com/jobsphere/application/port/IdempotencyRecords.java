package com.jobsphere.application.port;

import java.time.Instant;
import java.util.Optional;

/** Stored responses of requests sent with an {@code Idempotency-Key}, per caller. */
public interface IdempotencyRecords {
    /**
     * Claims the key for this caller if it is free (or its record is older than {@code staleBefore}),
     * returning empty; otherwise returns the existing record unchanged. Unique per (caller, key).
     */
    Optional<IdempotencyRecord> claim(String userId, String key, String requestHash, Instant at, Instant staleBefore);

    /** Stores the finished response of a claimed key. */
    void complete(String userId, String key, int status, String body);

    /** Frees a claimed key whose request failed without a response worth replaying. */
    void release(String userId, String key);

    /** Deletes finished or abandoned records created before {@code cutoff}, at most {@code limit}; returns how many. */
    int purgeOlderThan(Instant cutoff, int limit);
}
