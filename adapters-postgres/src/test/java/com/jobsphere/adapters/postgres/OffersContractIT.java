package com.jobsphere.adapters.postgres;

import static com.jobsphere.adapters.postgres.Seed.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.offer.Offer;
import java.time.Duration;
import java.time.Instant;

/** The expiry sweep's question. An offer's own rows are the deal's, and {@link DealsContractIT} checks them. */
class OffersContractIT {
    /** An offer expires at its {@code expiresAt}, not after it; an accepted offer never expires. */
    @ContractTest
    void pendingOffersPastTheirExpiryAreListedOldestExpiryFirstUpToTheLimit(Backend backend) {
        Seed.Applied first = backend.transaction(stores -> Seed.applied(stores, "-1"));
        Seed.Applied second = backend.transaction(stores -> Seed.applied(stores, "-2"));
        Seed.Applied third = backend.transaction(stores -> Seed.applied(stores, "-3"));
        Seed.Applied fourth = backend.transaction(stores -> Seed.applied(stores, "-4"));
        Seed.offer(backend, first, "expires-at-the-cutoff", at(20));
        Seed.offer(backend, second, "expired-first", at(10));
        Seed.assigned(backend, third, "accepted", at(0));
        Seed.offer(backend, fourth, "still-pending", at(10).plus(Duration.ofDays(1)));
        Instant cutoff = at(20).plus(Offer.LIFETIME);

        backend.unitOfWork().read(stores -> {
            assertThat(stores.offers().pendingExpiredBy(cutoff, 10))
                    .containsExactly(new OfferId("expired-first"), new OfferId("expires-at-the-cutoff"));
            assertThat(stores.offers().pendingExpiredBy(cutoff, 1)).containsExactly(new OfferId("expired-first"));
            return null;
        });
    }
}
