package com.jobsphere.domain.ledger;

/** The kinds of ledger account: one wallet per user, and four platform accounts. */
public enum AccountKind {
    /** A user's spendable balance. Never negative. */
    WALLET,
    /** The totalCharge of accepted offers, held until completion or refund. */
    ESCROW,
    /** Commissions the platform has earned. */
    REVENUE,
    /** Funds reserved by withdrawal requests, until they are paid out or returned. */
    WITHDRAWALS_PENDING,
    /** The outside world: deposits come in from here and withdrawals go out to it. */
    STRIPE_CLEARING;

    public boolean isPlatform() {
        return this != WALLET;
    }
}
