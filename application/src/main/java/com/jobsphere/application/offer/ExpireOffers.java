package com.jobsphere.application.offer;

import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.offer.Offer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The periodic sweep: marks pending offers past their expiry as expired, a bounded batch at a time. */
public final class ExpireOffers {
    static final int BATCH_SIZE = 100;

    private final Transactions transactions;
    private final Clock clock;

    public ExpireOffers(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Returns how many offers it expired. Each offer expires in its own short transaction. */
    public int execute() {
        Instant now = clock.instant();
        List<String> due = transactions.run(stores -> stores.offers().pendingExpiredBy(now, BATCH_SIZE));
        int expired = 0;
        for (String offerId : due) {
            boolean changed = transactions.run(stores -> {
                Offer offer = Lookups.found(stores.offers().lock(offerId), "Offer");
                if (!offer.isExpiredAt(now)) {
                    return false;
                }
                OfferLifecycle.expire(stores, offer, now);
                return true;
            });
            expired += changed ? 1 : 0;
        }
        return expired;
    }
}
