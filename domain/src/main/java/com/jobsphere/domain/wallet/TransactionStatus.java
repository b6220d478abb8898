package com.jobsphere.domain.wallet;

/** The state of a history item. */
public enum TransactionStatus {
    PENDING, COMPLETED, FAILED, CANCELLED
}
