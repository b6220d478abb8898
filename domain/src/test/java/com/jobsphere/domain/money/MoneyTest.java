package com.jobsphere.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.domain.common.FieldError;
import com.jobsphere.domain.common.ValidationFailed;
import java.math.BigDecimal;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest(name = "{0} is {1} cents")
    @CsvSource({"100, 10000", "100.0, 10000", "100.00, 10000", "0.01, 1", "52.5, 5250", "1E+2, 10000",
            "0, 0", "10000.00, 1000000"})
    void parsingAValidDecimalGivesItsCents(String text, long cents) {
        assertThat(Money.parse(new BigDecimal(text), "amount")).isEqualTo(Money.ofCents(cents));
        assertThat(Money.parse(text, "amount")).isEqualTo(Money.ofCents(cents));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"100.001", "0.001", "-5", "-0.01", "1e400", "92233720368547758.08", "46116860184273879.04",
            "1E+999999999"})
    void parsingAnInvalidDecimalIsRefusedNamingTheField(String text) {
        assertRefusedNaming("amount", () -> Money.parse(new BigDecimal(text), "amount"));
        assertRefusedNaming("budget", () -> Money.parse(text, "budget"));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "abc", "", "  ", "100,00", "$5", "0x10"})
    void parsingTextThatIsNotANumberIsRefusedNamingTheField(String text) {
        assertRefusedNaming("amount", () -> Money.parse(text, "amount"));
    }

    @Test
    void parsingNothingIsRefusedAsRequired() {
        assertThatThrownBy(() -> Money.parse((BigDecimal) null, "amount"))
                .isInstanceOf(ValidationFailed.class).hasMessage("amount is required");
        assertThatThrownBy(() -> Money.parse((String) null, "amount"))
                .isInstanceOf(ValidationFailed.class).hasMessage("amount is required");
    }

    @Test
    void parsingThreeDecimalPlacesIsRefused() {
        assertThatThrownBy(() -> Money.parse(new BigDecimal("100.001"), "amount"))
                .isInstanceOf(ValidationFailed.class).hasMessage("amount must have at most two decimal places");
    }

    @Test
    void parsingANegativeAmountIsRefused() {
        assertThatThrownBy(() -> Money.parse(new BigDecimal("-5"), "amount"))
                .isInstanceOf(ValidationFailed.class).hasMessage("amount must not be negative");
    }

    @Test
    void parsingTheLargestAmountThatFitsIsAccepted() {
        assertThat(Money.parse("46116860184273879.03", "amount")).isEqualTo(Money.ofCents((1L << 62) - 1));
    }

    @Test
    @Timeout(1)
    void parsingAHugeExponentIsRefusedQuicklyWithoutExpandingIt() {
        assertTimelyRefusal("1E+100000000");
        assertTimelyRefusal("9.99E+999999999");
    }

    @ParameterizedTest(name = "{0} cents is {1}")
    @CsvSource({"10500, 105.00", "50, 0.50", "0, 0.00", "5250, 52.50", "1, 0.01", "1000000, 10000.00"})
    void formattingForTheWireAlwaysWritesTwoDecimals(long cents, String text) {
        assertThat(Money.ofCents(cents).toPlainString()).isEqualTo(text);
        assertThat(Money.ofCents(cents).toDecimal().scale()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0} cents is {1}")
    @CsvSource({"10500, $105", "5250, $52.50", "5, $0.05", "1000000, $10000", "0, $0", "10001, $100.01",
            "10010, $100.10"})
    void formattingForMessagesWritesDollarsAsTheReferenceDoes(long cents, String text) {
        assertThat(Money.ofCents(cents).toDisplayString()).isEqualTo(text);
        assertThat(Money.ofCents(cents)).hasToString(text);
    }

    @Test
    void wholeDollarsAreCountedInCents() {
        assertThat(Money.dollars(105)).isEqualTo(Money.ofCents(10_500));
    }

    @Test
    void moneyIsNeverNegative() {
        assertThatThrownBy(() -> Money.ofCents(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.dollars(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void subtractingBelowZeroIsRefused() {
        assertThat(Money.dollars(5).minus(Money.dollars(5))).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> Money.dollars(5).minus(Money.ofCents(501))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addingPastTheLargestLongIsRefused() {
        Money largest = Money.ofCents(Long.MAX_VALUE);
        assertThatThrownBy(() -> largest.plus(Money.ofCents(1))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void multiplyingPastTheLargestLongIsRefused() {
        Money large = Money.ofCents(Long.MAX_VALUE / 1_000);
        assertThatThrownBy(() -> large.timesBasisPoints(2_000)).isInstanceOf(ArithmeticException.class);
    }

    @ParameterizedTest(name = "{0} cents at {1} basis points is {2} cents")
    @CsvSource({"10, 500, 1", "9, 500, 0", "3333, 500, 167", "3333, 2000, 667", "10000, 500, 500",
            "1, 5000, 1", "1, 4999, 0", "3, 5000, 2", "0, 2000, 0", "12345, 10000, 12345", "12345, 0, 0"})
    void multiplyingByBasisPointsRoundsHalfUpToTheCent(long cents, int basisPoints, long expected) {
        assertThat(Money.ofCents(cents).timesBasisPoints(basisPoints)).isEqualTo(Money.ofCents(expected));
    }

    @Test
    void multiplyingByNegativeBasisPointsIsRefused() {
        assertThatThrownBy(() -> Money.dollars(1).timesBasisPoints(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void amountsCompareByCents() {
        assertThat(Money.ofCents(999).isLessThan(Money.dollars(10))).isTrue();
        assertThat(Money.ofCents(1001).isGreaterThan(Money.dollars(10))).isTrue();
        assertThat(Money.dollars(10).isLessThan(Money.dollars(10))).isFalse();
        assertThat(Money.ofCents(1)).isLessThan(Money.ofCents(2));
        assertThat(Money.ZERO.isZero()).isTrue();
    }

    private static void assertTimelyRefusal(String text) {
        long started = System.nanoTime();
        assertRefusedNaming("amount", () -> Money.parse(text, "amount"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
    }

    static void assertRefusedNaming(String field, ThrowingCallable parsing) {
        assertThatThrownBy(parsing).isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors())
                .extracting(FieldError::field).containsExactly(field));
    }
}
