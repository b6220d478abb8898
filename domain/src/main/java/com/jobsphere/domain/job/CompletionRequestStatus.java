package com.jobsphere.domain.job;

import com.jobsphere.domain.common.Transitions;

/** A customer's request that an admin confirm a job is done. */
public enum CompletionRequestStatus {
    PENDING, APPROVED, REJECTED, CANCELLED;

    public static final Transitions<CompletionRequestStatus> TRANSITIONS = Transitions.of(CompletionRequestStatus.class)
            .from(PENDING, APPROVED, REJECTED, CANCELLED)
            .build();
}
