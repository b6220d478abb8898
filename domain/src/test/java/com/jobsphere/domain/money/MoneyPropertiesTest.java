package com.jobsphere.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.domain.common.ValidationFailed;
import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

class MoneyPropertiesTest {
    private static final long LARGEST_CENTS = (1L << 62) - 1;

    @Property(tries = 10_000)
    void formattingThenParsingGivesBackTheSameAmount(@ForAll @LongRange(min = 0, max = LARGEST_CENTS) long cents) {
        Money money = Money.ofCents(cents);

        assertThat(money.toPlainString()).matches("\\d+\\.\\d\\d");
        assertThat(Money.parse(money.toPlainString(), "amount")).isEqualTo(money);
        assertThat(Money.parse(money.toDecimal(), "amount")).isEqualTo(money);
    }

    /** A Dart double is written with as few places as it needs ({@code 100.0}, {@code 52.5}); the value is what counts. */
    @Property(tries = 10_000)
    void anyScaleOfTheSameValueParsesToTheSameAmount(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long cents,
            @ForAll @IntRange(min = 0, max = 6) int extraZeros) {
        BigDecimal padded = BigDecimal.valueOf(cents, 2).setScale(2 + extraZeros);

        assertThat(Money.parse(padded, "amount")).isEqualTo(Money.ofCents(cents));
        assertThat(Money.parse(padded.stripTrailingZeros().toString(), "amount")).isEqualTo(Money.ofCents(cents));
    }

    @Property(tries = 10_000)
    void moreThanTwoDecimalPlacesAreAlwaysRefused(@ForAll("moreThanTwoPlaces") BigDecimal amount,
            @ForAll @AlphaChars @StringLength(min = 1, max = 12) String field) {
        MoneyTest.assertRefusedNaming(field, () -> Money.parse(amount, field));
        MoneyTest.assertRefusedNaming(field, () -> Money.parse(amount.toPlainString(), field));
    }

    @Property(tries = 10_000)
    void negativeAmountsAreAlwaysRefused(@ForAll @LongRange(min = Long.MIN_VALUE, max = -1) long cents,
            @ForAll @AlphaChars @StringLength(min = 1, max = 12) String field) {
        BigDecimal amount = BigDecimal.valueOf(cents, 2);

        MoneyTest.assertRefusedNaming(field, () -> Money.parse(amount, field));
        MoneyTest.assertRefusedNaming(field, () -> Money.parse(amount.toString(), field));
    }

    @Property(tries = 1_000)
    void amountsBeyondALongOfCentsAreAlwaysRefused(@ForAll @IntRange(min = 0, max = 400) int extraDigits,
            @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long leading) {
        BigDecimal amount = new BigDecimal(BigInteger.valueOf(leading).shiftLeft(62)).scaleByPowerOfTen(extraDigits - 2);

        assertThatThrownBy(() -> Money.parse(amount, "amount")).isInstanceOf(ValidationFailed.class)
                .hasMessage("amount is too large");
    }

    @Provide
    Arbitrary<BigDecimal> moreThanTwoPlaces() {
        Arbitrary<Long> unscaled = Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
                .filter(value -> value % 10 != 0);
        Arbitrary<Integer> scales = Arbitraries.integers().between(3, 12);
        return unscaled.flatMap(value -> scales.map(scale -> BigDecimal.valueOf(value, scale)));
    }
}
