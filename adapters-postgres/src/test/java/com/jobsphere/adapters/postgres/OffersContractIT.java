package com.jobsphere.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.money.FeeSchedule;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.offer.Offer;
import com.jobsphere.domain.offer.OfferStatus;
import java.time.Duration;

class OffersContractIT {
    @ContractTest
    void anOfferKeepsItsTermsAndFeeRates(Backend backend) {
        Seed.Deal deal = backend.transaction(Seed::deal);
        Offer offer = Offer.send("offer-1", deal.job(), deal.application(), deal.customer(), deal.contractor(),
                Money.ofCents(33_33), new FeeSchedule(450, 1_750), "3 days", "Paint the fence", Seed.T0);

        backend.run(stores -> stores.offers().add(offer));

        backend.run(stores -> {
            assertThat(stores.offers().byId("offer-1")).contains(offer);
            assertThat(stores.offers().lock("offer-1")).contains(offer);
            assertThat(stores.offers().liveForJob(deal.job())).contains(offer);
            assertThat(stores.offers().latestForApplication(deal.application())).contains(offer);
            assertThat(stores.offers().byId("nothing")).isEmpty();
        });
    }

    @ContractTest
    void aSecondLiveOfferOnTheSameJobIsRefused(Backend backend) {
        Seed.Deal deal = backend.transaction(Seed::deal);
        backend.run(stores -> stores.offers().add(Seed.offer("offer-1", deal, Seed.T0)));

        assertThatThrownBy(() -> backend.run(stores -> stores.offers().add(Seed.offer("offer-2", deal, Seed.at(1)))))
                .isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("This job already has an active offer");
        backend.run(stores -> assertThat(stores.offers().byId("offer-2")).isEmpty());
    }

    @ContractTest
    void anAcceptedOfferAlsoKeepsASecondOfferOut(Backend backend) {
        Seed.Deal deal = backend.transaction(Seed::deal);
        backend.run(stores -> stores.offers().add(Seed.offer("offer-1", deal, Seed.T0).accept(Seed.at(1))));

        assertThatThrownBy(() -> backend.run(stores -> stores.offers().add(Seed.offer("offer-2", deal, Seed.at(2)))))
                .isInstanceOf(BusinessRuleViolated.class);
    }

    @ContractTest
    void aNewOfferMayFollowARejectedOne(Backend backend) {
        Seed.Deal deal = backend.transaction(Seed::deal);
        backend.run(stores -> stores.offers().add(Seed.offer("offer-1", deal, Seed.T0)));
        backend.run(stores -> stores.offers().save(
                stores.offers().lock("offer-1").orElseThrow().reject("Too expensive", Seed.at(1))));

        backend.run(stores -> stores.offers().add(Seed.offer("offer-2", deal, Seed.at(2))));

        backend.run(stores -> {
            assertThat(stores.offers().liveForJob(deal.job())).map(Offer::id).contains("offer-2");
            assertThat(stores.offers().latestForApplication(deal.application())).map(Offer::id).contains("offer-2");
            Offer rejected = stores.offers().byId("offer-1").orElseThrow();
            assertThat(rejected.status()).isEqualTo(OfferStatus.REJECTED);
            assertThat(rejected.rejectionReason()).isEqualTo("Too expensive");
            assertThat(rejected.rejectedAt()).isEqualTo(Seed.at(1));
        });
    }

    @ContractTest
    void anOfferCannotBeMadeLiveAgainWhileAnotherIsLive(Backend backend) {
        Seed.Deal deal = backend.transaction(Seed::deal);
        Offer first = Seed.offer("offer-1", deal, Seed.T0);
        backend.run(stores -> stores.offers().add(first));
        backend.run(stores -> stores.offers().save(first.reject("No", Seed.at(1))));
        backend.run(stores -> stores.offers().add(Seed.offer("offer-2", deal, Seed.at(2))));

        assertThatThrownBy(() -> backend.run(stores -> stores.offers().save(first.accept(Seed.at(3)))))
                .isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("This job already has an active offer");
    }

    @ContractTest
    void pendingOffersPastTheirExpiryAreListedOldestExpiryFirstUpToTheLimit(Backend backend) {
        Seed.Deal first = backend.transaction(stores -> Seed.deal(stores, "-1"));
        Seed.Deal second = backend.transaction(stores -> Seed.deal(stores, "-2"));
        Seed.Deal third = backend.transaction(stores -> Seed.deal(stores, "-3"));
        Seed.Deal fourth = backend.transaction(stores -> Seed.deal(stores, "-4"));
        backend.run(stores -> {
            stores.offers().add(Seed.offer("expired-later", first, Seed.at(20)));
            stores.offers().add(Seed.offer("expired-first", second, Seed.at(10)));
            stores.offers().add(Seed.offer("accepted", third, Seed.at(0)).accept(Seed.at(1)));
            stores.offers().add(Seed.offer("still-pending", fourth, Seed.at(10).plus(Duration.ofDays(1))));
        });
        var now = Seed.at(20).plus(Offer.LIFETIME);

        backend.run(stores -> {
            assertThat(stores.offers().pendingExpiredBy(now, 10)).containsExactly("expired-first", "expired-later");
            assertThat(stores.offers().pendingExpiredBy(now, 1)).containsExactly("expired-first");
        });
    }
}
