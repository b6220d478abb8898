package com.jobsphere.domain.offer;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.domain.testdata.TransitionTable;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class OfferStatusTest {
    /**
     * CONTRACT.md §6: pending ends in one of four ways; an accepted offer may still be rejected by the
     * contractor before work starts, or cancelled with its job.
     */
    private static final TransitionTable<OfferStatus> EXPECTED = TransitionTable.of(OfferStatus.class,
            "pending   -> accepted, rejected, expired, cancelled",
            "accepted  -> rejected, cancelled",
            "rejected  ->",
            "expired   ->",
            "cancelled ->");

    @TestFactory
    Stream<DynamicTest> everyOfferTransitionIsAllowedExactlyAsTheContractSays() {
        return EXPECTED.checkAgainst(OfferStatus.TRANSITIONS);
    }

    @Test
    void onlyPendingAndAcceptedOffersAreLive() {
        assertThat(EnumSet.allOf(OfferStatus.class)).filteredOn(OfferStatus::isLive)
                .containsExactlyInAnyOrder(OfferStatus.PENDING, OfferStatus.ACCEPTED);
    }
}
