package com.jobsphere.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

/** The plain loop in {@link FeeScheduleTest} covers every offer amount; these add other rates and sizes. */
class FeesPropertiesTest {

    @Test
    void theChargeAlwaysSplitsExactlyIntoPayoutAndCommission() {
        qt().withExamples(100_000).forAll(longs().between(1_000, 1_000_000)).checkAssert(cents -> {
            Fees fees = FeeSchedule.STANDARD.feesFor(Money.ofCents(cents));

            assertThat(fees.totalCharge()).isEqualTo(fees.contractorPayout().plus(fees.adminCommission()));
            assertThat(fees.totalCharge()).isEqualTo(Money.ofCents(cents).plus(fees.platformFee()));
            assertThat(fees.contractorPayout()).isEqualTo(Money.ofCents(cents).minus(fees.serviceFee()));
        });
    }

    @Test
    void anyRatesSplitAnyAmountExactly() {
        qt().withExamples(10_000)
                .forAll(longs().between(0, 1_000_000_000_000L), integers().between(0, 10_000),
                        integers().between(0, 10_000))
                .checkAssert((cents, platformFeeBasisPoints, serviceFeeBasisPoints) -> {
                    Fees fees = new FeeSchedule(platformFeeBasisPoints, serviceFeeBasisPoints)
                            .feesFor(Money.ofCents(cents));

                    assertThat(fees.totalCharge()).isEqualTo(fees.contractorPayout().plus(fees.adminCommission()));
                });
    }

    /** Half a cent is 5,000 in cents × basis points; half-up puts an exact half on the upper side. */
    @Test
    void eachFeeIsWithinHalfACentOfTheExactRate() {
        qt().withExamples(10_000).forAll(longs().between(0, 1_000_000_000_000L), integers().between(0, 10_000))
                .checkAssert((cents, basisPoints) -> {
                    Money fee = Money.ofCents(cents).timesBasisPoints(basisPoints);
                    long errorTimesTenThousand = fee.cents() * 10_000 - cents * basisPoints;

                    assertThat(errorTimesTenThousand).isGreaterThan(-5_000).isLessThanOrEqualTo(5_000);
                    assertThat(fee.cents()).isEqualTo(FeeScheduleTest.halfUp(cents, basisPoints));
                });
    }
}
