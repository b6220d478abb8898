package com.jobsphere.application.port;

import java.time.Instant;
import java.util.Objects;

/**
 * What is known of a key: the request it came with, how far a request that calls the payment provider between
 * transactions has come ({@code recoveryPoint}, and the id of what its first phase made, {@code resourceId}),
 * and, once it is finished, the response to replay.
 */
public record IdempotencyRecord(RequestKey key, String recoveryPoint, String resourceId, RecordedResponse response,
        Instant createdAt) {
    public IdempotencyRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean isFinished() {
        return response != null;
    }

    /** Whether this key was first sent with the same request. */
    public boolean matches(RequestKey other) {
        return key.fingerprint().equals(other.fingerprint());
    }
}
