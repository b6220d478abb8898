package com.jobsphere.domain.money;

import java.util.Objects;

/** What one offer costs and pays: the reference's five figures, derived from amount and two fees. */
public record Fees(Money amount, Money platformFee, Money serviceFee) {
    public Fees {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(platformFee, "platformFee");
        Objects.requireNonNull(serviceFee, "serviceFee");
        if (serviceFee.isGreaterThan(amount)) {
            throw new IllegalArgumentException("service fee exceeds the amount");
        }
    }

    /** What the customer pays: amount + platform fee. */
    public Money totalCharge() {
        return amount.plus(platformFee);
    }

    /** What the contractor receives: amount − service fee. */
    public Money contractorPayout() {
        return amount.minus(serviceFee);
    }

    /** What the platform keeps: platform fee + service fee. */
    public Money adminCommission() {
        return platformFee.plus(serviceFee);
    }
}
