package com.jobsphere.domain.money;

/**
 * The platform's fee rates in basis points. It is stored with each offer as data, so that changing
 * the rates later never changes an offer already sent.
 */
public record FeeSchedule(int platformFeeBasisPoints, int serviceFeeBasisPoints) {
    /** CONTRACT.md §4: 5 % from the customer, 20 % from the contractor. */
    public static final FeeSchedule STANDARD = new FeeSchedule(500, 2_000);
    private static final int WHOLE = 10_000;

    public FeeSchedule {
        if (platformFeeBasisPoints < 0 || platformFeeBasisPoints > WHOLE) {
            throw new IllegalArgumentException("platform fee out of range: " + platformFeeBasisPoints);
        }
        if (serviceFeeBasisPoints < 0 || serviceFeeBasisPoints > WHOLE) {
            throw new IllegalArgumentException("service fee out of range: " + serviceFeeBasisPoints);
        }
    }

    /** Each fee rounded half-up to the cent; the charge always splits exactly into payout and commission. */
    public Fees feesFor(Money amount) {
        Money platformFee = amount.timesBasisPoints(platformFeeBasisPoints);
        Money serviceFee = amount.timesBasisPoints(serviceFeeBasisPoints);
        return new Fees(amount, platformFee, serviceFee);
    }
}
