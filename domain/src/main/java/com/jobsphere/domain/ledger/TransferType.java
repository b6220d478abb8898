package com.jobsphere.domain.ledger;

/** Why money moved. Each business operation has exactly one. */
public enum TransferType {
    DEPOSIT_CREDITED,
    OFFER_ACCEPTED,
    OFFER_REFUNDED,
    COMPLETION_APPROVED,
    WITHDRAWAL_RESERVED,
    WITHDRAWAL_COMPLETED,
    WITHDRAWAL_RETURNED
}
