package com.jobsphere.application.offer;

import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.Deals.DealKey;
import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.job.Decision;
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

    /** Returns how many offers it expired. Each offer expires in its own short transaction, its job locked first. */
    public int execute() {
        Instant now = clock.instant();
        List<OfferId> due = transactions.read(stores -> stores.offers().pendingExpiredBy(now, BATCH_SIZE));
        int expired = 0;
        for (OfferId offerId : due) {
            boolean changed = transactions.run(stores -> stores.deals().lock(new DealKey.ByOffer(offerId))
                    .map(deal -> {
                        Decision decision = deal.expireOffer(now);
                        stores.record(decision);
                        return !decision.changes().isEmpty();
                    })
                    .orElse(false));
            expired += changed ? 1 : 0;
        }
        return expired;
    }
}
