package com.jobsphere.application.common;

import com.jobsphere.domain.money.Money;

/** The descriptions of history items, in the reference's words. */
public final class Descriptions {
    private Descriptions() {
    }

    public static String deposit(Money amount) {
        return "Deposit " + amount.toDisplayString() + " via Stripe";
    }

    public static String offerAccepted(Money totalCharge) {
        return "Offer accepted - " + totalCharge.toDisplayString() + " transferred to admin";
    }

    public static String refund(Money totalCharge) {
        return "Offer refunded - " + totalCharge.toDisplayString() + " returned to customer";
    }

    public static String payout(Money payout) {
        return "Job completed - " + payout.toDisplayString() + " paid to contractor";
    }

    public static String withdrawal(Money amount) {
        return "Withdrawal " + amount.toDisplayString() + " to bank account";
    }
}
