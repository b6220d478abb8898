package com.jobsphere.domain.offer;

import static com.jobsphere.domain.testdata.Offers.acceptedOffer;
import static com.jobsphere.domain.testdata.Offers.pendingOffer;
import static com.jobsphere.domain.testdata.Offers.pendingOfferOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.money.FeeSchedule;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.testdata.Times;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OfferTest {

    @Test
    void aSentOfferIsPendingAndExpiresSevenDaysAfterItWasCreated() {
        Offer offer = pendingOffer();

        assertThat(offer.status()).isEqualTo(OfferStatus.PENDING);
        assertThat(offer.createdAt()).isEqualTo(Times.NOW);
        assertThat(offer.expiresAt()).isEqualTo(Instant.parse("2026-02-04T12:00:00.000Z"));
        assertThat(Duration.between(offer.createdAt(), offer.expiresAt())).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void aPendingOfferExpiresExactlyAtItsExpiryTime() {
        Offer offer = pendingOffer();

        assertThat(offer.isExpiredAt(offer.expiresAt().minusMillis(1))).isFalse();
        assertThat(offer.isExpiredAt(offer.expiresAt())).isTrue();
        assertThat(offer.isExpiredAt(offer.expiresAt().plusSeconds(1))).isTrue();
    }

    @Test
    void anAcceptedOfferNeverExpires() {
        Offer offer = acceptedOffer();

        assertThat(offer.isExpiredAt(offer.expiresAt().plus(Duration.ofDays(30)))).isFalse();
    }

    @Test
    void anOfferKeepsTheFeeRatesItWasSentWith() {
        Offer offer = pendingOfferOf(Money.dollars(100), new FeeSchedule(1_000, 1_500));

        assertThat(offer.fees().totalCharge()).isEqualTo(Money.dollars(110));
        assertThat(offer.fees().contractorPayout()).isEqualTo(Money.dollars(85));
        assertThat(pendingOffer().fees().totalCharge()).isEqualTo(Money.dollars(105));
    }

    @Test
    void acceptingRecordsWhenItWasAccepted() {
        Offer offer = pendingOffer().accept(Times.minutesLater(5));

        assertThat(offer.status()).isEqualTo(OfferStatus.ACCEPTED);
        assertThat(offer.acceptedAt()).isEqualTo(Times.minutesLater(5));
        assertThat(offer.updatedAt()).isEqualTo(Times.minutesLater(5));
    }

    @Test
    void rejectingAnAcceptedOfferKeepsWhenItWasAcceptedAndRecordsWhyItWasRejected() {
        Offer offer = acceptedOffer().reject("Cannot make it", Times.minutesLater(10));

        assertThat(offer.status()).isEqualTo(OfferStatus.REJECTED);
        assertThat(offer.acceptedAt()).isEqualTo(Times.minutesLater(5));
        assertThat(offer.rejectedAt()).isEqualTo(Times.minutesLater(10));
        assertThat(offer.rejectionReason()).isEqualTo("Cannot make it");
    }

    @Test
    void expiringAndCancellingMoveAPendingOffer() {
        assertThat(pendingOffer().expire(Times.minutesLater(1)).status()).isEqualTo(OfferStatus.EXPIRED);
        assertThat(pendingOffer().cancel(Times.minutesLater(1)).status()).isEqualTo(OfferStatus.CANCELLED);
        assertThat(acceptedOffer().cancel(Times.minutesLater(6)).status()).isEqualTo(OfferStatus.CANCELLED);
    }

    @Test
    void acceptingAnExpiredOfferIsRefused() {
        Offer expired = pendingOffer().expire(Times.minutesLater(1));

        assertThatThrownBy(() -> expired.accept(Times.minutesLater(2))).isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("Invalid status transition from expired to accepted");
    }

    @Test
    void acceptingAnOfferTwiceIsRefused() {
        assertThatThrownBy(() -> acceptedOffer().accept(Times.minutesLater(6))).isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("Invalid status transition from accepted to accepted");
    }

    @Test
    void anAcceptedOfferCannotExpire() {
        assertThatThrownBy(() -> acceptedOffer().expire(Times.minutesLater(6))).isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("Invalid status transition from accepted to expired");
    }
}
