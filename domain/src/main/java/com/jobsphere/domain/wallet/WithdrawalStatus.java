package com.jobsphere.domain.wallet;

import com.jobsphere.domain.common.Transitions;

/**
 * A withdrawal. {@code processing} means the Stripe transfer was attempted and its outcome is not yet
 * known; retrying the approval repeats the call with the same idempotency key.
 */
public enum WithdrawalStatus {
    PENDING, PROCESSING, COMPLETED, FAILED, REJECTED;

    public static final Transitions<WithdrawalStatus> TRANSITIONS = Transitions.of(WithdrawalStatus.class)
            .from(PENDING, PROCESSING, REJECTED)
            .from(PROCESSING, COMPLETED, FAILED)
            .build();
}
