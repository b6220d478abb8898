package com.jobsphere.application.offer;

import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.Deals.DealKey;
import com.jobsphere.domain.common.Forbidden;
import com.jobsphere.domain.common.NotFound;
import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.job.Deal;
import com.jobsphere.domain.job.Decision;
import com.jobsphere.domain.offer.Offer;
import com.jobsphere.domain.user.Caller;
import java.time.Clock;
import java.time.Instant;

/**
 * One offer, for its customer, its contractor and admins. A pending offer past its expiry is expired on access:
 * the read finds it so without a lock, and only then is its deal locked to record the expiry.
 */
public final class GetOffer {
    private final Transactions transactions;
    private final Clock clock;

    public GetOffer(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    public record Query(Caller caller, OfferId offerId) {
    }

    public Offer execute(Query query) {
        Instant now = clock.instant();
        DealKey key = new DealKey.ByOffer(query.offerId());
        Offer offer = transactions.read(stores -> stores.deals().read(key)).orElseThrow(() -> new NotFound("Offer"))
                .offer(query.offerId());
        Caller caller = query.caller();
        if (!caller.isAdmin() && !caller.is(offer.customerId()) && !caller.is(offer.contractorId())) {
            throw new Forbidden("You do not have access to this offer");
        }
        if (!offer.isExpiredAt(now)) {
            return offer;
        }
        return transactions.run(stores -> {
            Deal deal = stores.deals().lock(key).orElseThrow(() -> new NotFound("Offer"));
            Decision decision = deal.expireOffer(now);
            stores.record(decision);
            return decision.deal().offer(query.offerId());
        });
    }
}
