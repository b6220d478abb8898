package com.jobsphere.application.port;

import java.time.Instant;

/** A claimed key: {@code status} is null while the first request is still running. */
public record IdempotencyRecord(String userId, String key, String requestHash, Integer status, String body,
        Instant createdAt) {
    public boolean inProgress() {
        return status == null;
    }
}
