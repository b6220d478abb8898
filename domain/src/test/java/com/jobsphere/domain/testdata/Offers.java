package com.jobsphere.domain.testdata;

import com.jobsphere.domain.common.ApplicationId;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.money.FeeSchedule;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.offer.Offer;

/** Offers in each state, sent at {@link Times#NOW} for $100.00 at the standard rates unless said otherwise. */
public final class Offers {
    public static final UserId CUSTOMER = new UserId("customer-1");
    public static final UserId CONTRACTOR = new UserId("contractor-1");

    private Offers() {
    }

    public static Offer pendingOffer() {
        return pendingOfferOf(Money.dollars(100), FeeSchedule.STANDARD);
    }

    public static Offer pendingOfferOf(Money amount, FeeSchedule feeSchedule) {
        return Offer.send(new OfferId("offer-1"), new JobId("job-1"), new ApplicationId("application-1"), CUSTOMER, CONTRACTOR, amount, feeSchedule,
                "2 weeks", "Replace the kitchen tiles", Times.NOW);
    }

    public static Offer acceptedOffer() {
        return pendingOffer().accept(Times.minutesLater(5));
    }
}
