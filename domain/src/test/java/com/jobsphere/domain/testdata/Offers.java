package com.jobsphere.domain.testdata;

import com.jobsphere.domain.money.FeeSchedule;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.offer.Offer;

/** Offers in each state, sent at {@link Times#NOW} for $100.00 at the standard rates unless said otherwise. */
public final class Offers {
    public static final String CUSTOMER = "customer-1";
    public static final String CONTRACTOR = "contractor-1";

    private Offers() {
    }

    public static Offer pendingOffer() {
        return pendingOfferOf(Money.dollars(100), FeeSchedule.STANDARD);
    }

    public static Offer pendingOfferOf(Money amount, FeeSchedule feeSchedule) {
        return Offer.send("offer-1", "job-1", "application-1", CUSTOMER, CONTRACTOR, amount, feeSchedule,
                "2 weeks", "Replace the kitchen tiles", Times.NOW);
    }

    public static Offer acceptedOffer() {
        return pendingOffer().accept(Times.minutesLater(5));
    }
}
