package com.jobsphere.domain.wallet;

import com.jobsphere.domain.money.Money;

/** The kinds of item in a user's transaction history, as the reference names them. */
public enum TransactionType {
    DEPOSIT, WITHDRAWAL, WALLET_TRANSFER, CONTRACTOR_PAYOUT, REFUND;

    /** The item's description in the reference's words, for the amount the item shows. */
    public String describe(Money amount) {
        String dollars = amount.toDisplayString();
        return switch (this) {
            case DEPOSIT -> "Deposit " + dollars + " via Stripe";
            case WITHDRAWAL -> "Withdrawal " + dollars + " to bank account";
            case WALLET_TRANSFER -> "Offer accepted - " + dollars + " transferred to admin";
            case CONTRACTOR_PAYOUT -> "Job completed - " + dollars + " paid to contractor";
            case REFUND -> "Offer refunded - " + dollars + " returned to customer";
        };
    }
}
