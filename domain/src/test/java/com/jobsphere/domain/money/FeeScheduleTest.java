package com.jobsphere.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeeScheduleTest {

    @ParameterizedTest(name = "{0} -> {1} / {2} / {3} / {4} / {5}")
    @CsvSource({
            "100.00, 5.00, 20.00, 80.00, 105.00, 25.00",
            "33.33, 1.67, 6.67, 26.66, 35.00, 8.34"})
    void theContractsWorkedExamplesComeOutExactly(String amount, String platformFee, String serviceFee,
            String contractorPayout, String totalCharge, String adminCommission) {
        Fees fees = FeeSchedule.STANDARD.feesFor(Money.parse(amount, "amount"));

        assertThat(fees.platformFee().toPlainString()).isEqualTo(platformFee);
        assertThat(fees.serviceFee().toPlainString()).isEqualTo(serviceFee);
        assertThat(fees.contractorPayout().toPlainString()).isEqualTo(contractorPayout);
        assertThat(fees.totalCharge().toPlainString()).isEqualTo(totalCharge);
        assertThat(fees.adminCommission().toPlainString()).isEqualTo(adminCommission);
    }

    /** Every amount an offer may have: about a million, and fast enough to check them all on each build. */
    @Test
    void everyAmountFromTenToTenThousandDollarsSplitsExactlyAndRoundsHalfUp() {
        for (long cents = 1_000; cents <= 1_000_000; cents++) {
            Fees fees = FeeSchedule.STANDARD.feesFor(Money.ofCents(cents));
            if (!fees.totalCharge().equals(fees.contractorPayout().plus(fees.adminCommission()))
                    || fees.platformFee().cents() != halfUp(cents, 500)
                    || fees.serviceFee().cents() != halfUp(cents, 2_000)) {
                throw new AssertionError("fees of " + cents + " cents are wrong: " + fees);
            }
        }
    }

    @Test
    void theStandardRatesAreFiveAndTwentyPercent() {
        assertThat(FeeSchedule.STANDARD).isEqualTo(new FeeSchedule(500, 2_000));
    }

    @Test
    void ratesOutsideZeroToAHundredPercentAreRefused() {
        assertThatThrownBy(() -> new FeeSchedule(-1, 2_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FeeSchedule(500, 10_001)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new FeeSchedule(10_000, 0).feesFor(Money.dollars(10)).platformFee()).isEqualTo(Money.dollars(10));
    }

    @Test
    void aServiceFeeAboveTheAmountIsRefused() {
        assertThatThrownBy(() -> new Fees(Money.dollars(10), Money.ZERO, Money.ofCents(1_001)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The exact rate, rounded half-up by BigDecimal rather than by the integer arithmetic under test. */
    static long halfUp(long cents, int basisPoints) {
        return BigDecimal.valueOf(cents).multiply(BigDecimal.valueOf(basisPoints))
                .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
