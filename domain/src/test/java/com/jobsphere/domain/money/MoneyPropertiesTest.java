package com.jobsphere.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.jobsphere.domain.common.ValidationFailed;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class MoneyPropertiesTest {
    private static final long LARGEST_CENTS = (1L << 62) - 1;
    private static final List<Character> ALPHA_CHARS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".chars().mapToObj(c -> (char) c).toList();

    @Test
    void formattingThenParsingGivesBackTheSameAmount() {
        qt().withExamples(10_000).forAll(longs().between(0, LARGEST_CENTS)).checkAssert(cents -> {
            Money money = Money.ofCents(cents);

            assertThat(money.toPlainString()).matches("\\d+\\.\\d\\d");
            assertThat(Money.parse(money.toPlainString(), "amount")).isEqualTo(money);
            assertThat(Money.parse(money.toDecimal(), "amount")).isEqualTo(money);
        });
    }

    /** A Dart double is written with as few places as it needs ({@code 100.0}, {@code 52.5}); the value is what counts. */
    @Test
    void anyScaleOfTheSameValueParsesToTheSameAmount() {
        qt().withExamples(10_000).forAll(longs().between(0, 1_000_000_000L), integers().between(0, 6))
                .checkAssert((cents, extraZeros) -> {
                    BigDecimal padded = BigDecimal.valueOf(cents, 2).setScale(2 + extraZeros);

                    assertThat(Money.parse(padded, "amount")).isEqualTo(Money.ofCents(cents));
                    assertThat(Money.parse(padded.stripTrailingZeros().toString(), "amount"))
                            .isEqualTo(Money.ofCents(cents));
                });
    }

    @Test
    void moreThanTwoDecimalPlacesAreAlwaysRefused() {
        qt().withExamples(10_000).forAll(moreThanTwoPlaces(), fieldNames()).checkAssert((amount, field) -> {
            MoneyTest.assertRefusedNaming(field, () -> Money.parse(amount, field));
            MoneyTest.assertRefusedNaming(field, () -> Money.parse(amount.toPlainString(), field));
        });
    }

    @Test
    void negativeAmountsAreAlwaysRefused() {
        qt().withExamples(10_000).forAll(longs().between(Long.MIN_VALUE, -1), fieldNames())
                .checkAssert((cents, field) -> {
                    BigDecimal amount = BigDecimal.valueOf(cents, 2);

                    MoneyTest.assertRefusedNaming(field, () -> Money.parse(amount, field));
                    MoneyTest.assertRefusedNaming(field, () -> Money.parse(amount.toString(), field));
                });
    }

    @Test
    void amountsBeyondALongOfCentsAreAlwaysRefused() {
        qt().withExamples(1_000).forAll(integers().between(0, 400), longs().between(1, Long.MAX_VALUE))
                .checkAssert((extraDigits, leading) -> {
                    BigDecimal amount = new BigDecimal(BigInteger.valueOf(leading).shiftLeft(62))
                            .scaleByPowerOfTen(extraDigits - 2);

                    assertThatThrownBy(() -> Money.parse(amount, "amount")).isInstanceOf(ValidationFailed.class)
                            .hasMessage("amount is too large");
                });
    }

    /** An unscaled value that does not end in 0, at scale 3 to 12: its last digit always lies beyond the cents. */
    private static Gen<BigDecimal> moreThanTwoPlaces() {
        Gen<Long> unscaled = longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
                .assuming(value -> value % 10 != 0);
        return unscaled.zip(integers().between(3, 12), BigDecimal::valueOf);
    }

    /** Field names of 1 to 12 ASCII letters. */
    private static Gen<String> fieldNames() {
        return lists().of(arbitrary().pick(ALPHA_CHARS)).ofSizeBetween(1, 12)
                .map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()));
    }
}
