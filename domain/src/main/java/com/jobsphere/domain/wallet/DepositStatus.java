package com.jobsphere.domain.wallet;

import com.jobsphere.domain.common.Transitions;

/** A Checkout deposit: credited once, or failed, or cancelled by the payer. */
public enum DepositStatus {
    PENDING, COMPLETED, FAILED, CANCELLED;

    public static final Transitions<DepositStatus> TRANSITIONS = Transitions.of(DepositStatus.class)
            .from(PENDING, COMPLETED, FAILED, CANCELLED)
            .build();
}
