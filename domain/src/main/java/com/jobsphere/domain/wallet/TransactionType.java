package com.jobsphere.domain.wallet;

/** The kinds of item in a user's transaction history, as the reference names them. */
public enum TransactionType {
    DEPOSIT, WITHDRAWAL, WALLET_TRANSFER, CONTRACTOR_PAYOUT, REFUND
}
