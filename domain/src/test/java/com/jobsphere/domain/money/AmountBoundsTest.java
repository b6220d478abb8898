package com.jobsphere.domain.money;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AmountBoundsTest {

    @ParameterizedTest(name = "{0} is accepted")
    @ValueSource(strings = {"10.00", "10", "52.50", "9999.99", "10000.00"})
    void amountsFromTenToTenThousandDollarsAreAccepted(String amount) {
        Money money = Money.parse(amount, "amount");
        assertThat(AmountBounds.check(money, "amount")).isEqualTo(money);
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"9.99", "0.01", "0", "10000.01", "100000"})
    void amountsOutsideTenToTenThousandDollarsAreRefusedNamingTheField(String amount) {
        Money money = Money.parse(amount, "amount");
        MoneyTest.assertRefusedNaming("budget", () -> AmountBounds.check(money, "budget"));
    }
}
