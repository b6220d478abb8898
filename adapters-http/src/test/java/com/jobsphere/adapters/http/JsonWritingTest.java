package com.jobsphere.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.application.port.Party;
import com.jobsphere.application.port.TransactionView;
import com.jobsphere.application.port.WalletSummary;
import com.jobsphere.domain.common.ApplicationId;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.money.FeeSchedule;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.offer.Offer;
import com.jobsphere.domain.wallet.TransactionStatus;
import com.jobsphere.domain.wallet.TransactionType;
import com.jobsphere.domain.wallet.Wallet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWritingTest {
    private static final Instant AT = Instant.parse("2026-01-28T12:00:00Z");
    private final Json json = new Json();

    @Test
    void moneyIsANumberWithExactlyTwoDecimals() {
        String written = json.write(Map.of(
                "a", Money.dollars(105).toDecimal(),
                "b", Money.ZERO.toDecimal(),
                "c", Money.ofCents(5250).toDecimal(),
                "d", Money.dollars(10_000_000).toDecimal()));

        assertThat(written).contains("\"a\":105.00", "\"b\":0.00", "\"c\":52.50", "\"d\":10000000.00");
    }

    @Test
    void instantsAreIsoUtcWithMilliseconds() {
        assertThat(json.write(Map.of("t", AT))).isEqualTo("{\"t\":\"2026-01-28T12:00:00.000Z\"}");
        assertThat(json.write(Map.of("t", Instant.parse("2026-01-28T12:00:00.123456789Z"))))
                .isEqualTo("{\"t\":\"2026-01-28T12:00:00.123Z\"}");
    }

    @Test
    void theSuccessEnvelopeHasStatusMessageAndData() {
        assertThat(json.write(Reply.ok("Done", Map.of("x", 1)).body()))
                .isEqualTo("{\"status\":200,\"message\":\"Done\",\"data\":{\"x\":1}}");
        assertThat(json.write(Reply.created("Made", null).body()))
                .isEqualTo("{\"status\":201,\"message\":\"Made\",\"data\":null}");
    }

    @Test
    void theErrorEnvelopeHasNullDataAndAListOfErrors() {
        assertThat(json.write(new ErrorEnvelope(400, "Insufficient balance",
                List.of(new ErrorEnvelope.Item("amount", "Required: $105, Available: $50")))))
                .isEqualTo("{\"status\":400,\"message\":\"Insufficient balance\",\"data\":null,"
                        + "\"errors\":[{\"field\":\"amount\",\"message\":\"Required: $105, Available: $50\"}]}");
        assertThat(json.write(new ErrorEnvelope(404, "Route not found", List.of())))
                .isEqualTo("{\"status\":404,\"message\":\"Route not found\",\"data\":null,\"errors\":[]}");
    }

    @Test
    void anOfferAndItsCommissionsAreWrittenAsInTheReference() {
        Offer offer = Offer.send(new OfferId("offer-1"), new JobId("job-1"), new ApplicationId("application-1"),
                new UserId("customer-1"), new UserId("contractor-1"), Money.dollars(100), FeeSchedule.STANDARD,
                "2 weeks", "Complete the project as described", AT);

        String written = json.write(OfferJson.sent(offer));

        assertThat(written).isEqualTo("{\"offer\":{\"_id\":\"offer-1\",\"job\":\"job-1\",\"customer\":\"customer-1\","
                + "\"contractor\":\"contractor-1\",\"application\":\"application-1\",\"amount\":100.00,"
                + "\"platformFee\":5.00,\"serviceFee\":20.00,\"contractorPayout\":80.00,\"totalCharge\":105.00,"
                + "\"timeline\":\"2 weeks\",\"description\":\"Complete the project as described\",\"status\":\"pending\","
                + "\"expiresAt\":\"2026-02-04T12:00:00.000Z\",\"createdAt\":\"2026-01-28T12:00:00.000Z\"},"
                + "\"commissions\":{\"platformFee\":5.00,\"serviceFee\":20.00,\"contractorPayout\":80.00,"
                + "\"totalCharge\":105.00,\"adminCommission\":25.00}}");
    }

    @Test
    void theWalletKeepsTheIsPrefixOfItsFlags() {
        Wallet wallet = Wallet.open("wallet-1", new UserId("user-1"), AT);
        String written = json.write(WalletJson.wallet(new WalletSummary(wallet, Money.dollars(150), Money.ZERO,
                Money.ofCents(35_000), Money.dollars(100))));

        assertThat(written).isEqualTo("{\"_id\":\"wallet-1\",\"user\":\"user-1\",\"balance\":150.00,\"currency\":\"USD\","
                + "\"isActive\":true,\"isFrozen\":false,\"totalEarnings\":0.00,\"totalSpent\":350.00,"
                + "\"totalWithdrawals\":100.00,\"createdAt\":\"2026-01-28T12:00:00.000Z\","
                + "\"updatedAt\":\"2026-01-28T12:00:00.000Z\"}");
    }

    @Test
    void aDepositHasNoSenderAndNoOfferInItsHistoryItem() {
        TransactionView deposit = new TransactionView("deposit-1", TransactionType.DEPOSIT, Money.dollars(100), null,
                new Party(new UserId("user-1"), "John Doe", "john@example.com"), null, null, TransactionStatus.PENDING,
                AT, null);

        String written = json.write(WalletJson.transaction(deposit));

        assertThat(written).isEqualTo("{\"_id\":\"deposit-1\",\"type\":\"deposit\",\"amount\":100.00,"
                + "\"to\":{\"_id\":\"user-1\",\"name\":\"John Doe\",\"email\":\"john@example.com\"},"
                + "\"status\":\"pending\",\"description\":\"Deposit $100 via Stripe\",\"completedAt\":null,"
                + "\"createdAt\":\"2026-01-28T12:00:00.000Z\"}");
    }
}
