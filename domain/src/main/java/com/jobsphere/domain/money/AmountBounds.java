package com.jobsphere.domain.money;

import com.jobsphere.domain.common.ValidationFailed;

/** The reference's bounds on offers, deposits and withdrawals: $10 to $10,000 inclusive. */
public final class AmountBounds {
    public static final Money MINIMUM = Money.dollars(10);
    public static final Money MAXIMUM = Money.dollars(10_000);

    private AmountBounds() {
    }

    public static Money check(Money amount, String field) {
        if (amount.isLessThan(MINIMUM) || amount.isGreaterThan(MAXIMUM)) {
            throw new ValidationFailed(field, "Amount must be between $10 and $10,000");
        }
        return amount;
    }
}
