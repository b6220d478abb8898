package com.jobsphere.application.fakes;

import com.jobsphere.application.port.Offers;
import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.offer.Offer;
import com.jobsphere.domain.offer.OfferStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

final class InMemoryOffers implements Offers {
    private final InMemoryState state;

    InMemoryOffers(InMemoryState state) {
        this.state = state;
    }

    @Override
    public List<OfferId> pendingExpiredBy(Instant now, int limit) {
        return state.offers.values().stream()
                .filter(offer -> offer.status() == OfferStatus.PENDING && !offer.expiresAt().isAfter(now))
                .sorted(Comparator.comparing(Offer::expiresAt).thenComparing(offer -> offer.id().value()))
                .limit(limit)
                .map(Offer::id)
                .toList();
    }
}
