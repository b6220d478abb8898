package com.jobsphere.domain.job;

import com.jobsphere.domain.common.CompletionRequestId;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.UserId;
import java.time.Instant;
import java.util.Objects;

/** A customer's request that an admin confirm the job is done and release the payout. */
public record CompletionRequest(CompletionRequestId id, JobId jobId, UserId requestedBy, CompletionRequestStatus status,
        Instant requestedAt, Instant resolvedAt, String rejectionReason) {

    public CompletionRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }

    public static CompletionRequest open(CompletionRequestId id, JobId jobId, UserId requestedBy, Instant at) {
        return new CompletionRequest(id, jobId, requestedBy, CompletionRequestStatus.PENDING, at, null, null);
    }

    public CompletionRequest resolve(CompletionRequestStatus target, String reason, Instant at) {
        CompletionRequestStatus.TRANSITIONS.check(status, target);
        return new CompletionRequest(id, jobId, requestedBy, target, requestedAt, at, reason);
    }
}
