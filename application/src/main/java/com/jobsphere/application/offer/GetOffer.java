package com.jobsphere.application.offer;

import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.port.Caller;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.common.Forbidden;
import com.jobsphere.domain.offer.Offer;
import java.time.Clock;
import java.time.Instant;

/** One offer, for its customer, its contractor and admins. A pending offer past expiry is expired on access. */
public final class GetOffer {
    private final Transactions transactions;
    private final Clock clock;

    public GetOffer(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    public Offer execute(Caller caller, String offerId) {
        Instant now = clock.instant();
        return transactions.run(stores -> {
            Offer offer = Lookups.found(stores.offers().byId(offerId), "Offer");
            if (!caller.isAdmin() && !offer.customerId().equals(caller.userId()) && !offer.contractorId().equals(caller.userId())) {
                throw new Forbidden("You do not have access to this offer");
            }
            if (offer.isExpiredAt(now)) {
                Offer locked = Lookups.found(stores.offers().lock(offerId), "Offer");
                return locked.isExpiredAt(now) ? OfferLifecycle.expire(stores, locked, now) : locked;
            }
            return offer;
        });
    }
}
