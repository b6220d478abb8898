package com.jobsphere.domain.money;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The plain loop in {@link FeeScheduleTest} covers every offer amount; these add other rates and sizes. */
class FeesPropertiesTest {

    @Property(tries = 100_000)
    void theChargeAlwaysSplitsExactlyIntoPayoutAndCommission(@ForAll @LongRange(min = 1_000, max = 1_000_000) long cents) {
        Fees fees = FeeSchedule.STANDARD.feesFor(Money.ofCents(cents));

        assertThat(fees.totalCharge()).isEqualTo(fees.contractorPayout().plus(fees.adminCommission()));
        assertThat(fees.totalCharge()).isEqualTo(Money.ofCents(cents).plus(fees.platformFee()));
        assertThat(fees.contractorPayout()).isEqualTo(Money.ofCents(cents).minus(fees.serviceFee()));
    }

    @Property(tries = 10_000)
    void anyRatesSplitAnyAmountExactly(@ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long cents,
            @ForAll @IntRange(min = 0, max = 10_000) int platformFeeBasisPoints,
            @ForAll @IntRange(min = 0, max = 10_000) int serviceFeeBasisPoints) {
        Fees fees = new FeeSchedule(platformFeeBasisPoints, serviceFeeBasisPoints).feesFor(Money.ofCents(cents));

        assertThat(fees.totalCharge()).isEqualTo(fees.contractorPayout().plus(fees.adminCommission()));
    }

    /** Half a cent is 5,000 in cents × basis points; half-up puts an exact half on the upper side. */
    @Property(tries = 10_000)
    void eachFeeIsWithinHalfACentOfTheExactRate(@ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long cents,
            @ForAll @IntRange(min = 0, max = 10_000) int basisPoints) {
        Money fee = Money.ofCents(cents).timesBasisPoints(basisPoints);
        long errorTimesTenThousand = fee.cents() * 10_000 - cents * basisPoints;

        assertThat(errorTimesTenThousand).isGreaterThan(-5_000).isLessThanOrEqualTo(5_000);
        assertThat(fee.cents()).isEqualTo(FeeScheduleTest.halfUp(cents, basisPoints));
    }
}
