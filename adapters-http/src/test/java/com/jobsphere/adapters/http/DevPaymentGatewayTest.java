package com.jobsphere.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.application.fakes.InMemoryDevGatewayStore;
import com.jobsphere.application.fakes.MutableClock;
import com.jobsphere.application.port.DevGatewayStore;
import com.jobsphere.application.port.PaymentGateway;
import com.jobsphere.application.port.PaymentGatewayUnavailable;
import com.jobsphere.domain.common.DepositId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.money.Money;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DevPaymentGatewayTest {
    private static final Instant NOW = Instant.parse("2026-01-28T12:00:00Z");
    private static final DepositId DEPOSIT_1 = new DepositId("deposit-1");
    private static final DepositId DEPOSIT_2 = new DepositId("deposit-2");
    private static final UserId USER_1 = new UserId("user-1");
    private static final UserId USER_2 = new UserId("user-2");
    private final MutableClock clock = MutableClock.at(NOW);
    private final DevPaymentGateway gateway = DevPaymentGateway.create("http://localhost:3000/",
            new InMemoryDevGatewayStore(), clock);

    @Test
    void aCheckoutSessionPointsAtTheLocalPageAndIsIdempotentPerDeposit() {
        PaymentGateway.CheckoutSession session = gateway.createCheckoutSession(DEPOSIT_1, USER_1, Money.dollars(100));

        assertThat(session.sessionId()).startsWith("cs_dev_");
        assertThat(session.checkoutUrl()).isEqualTo("http://localhost:3000/dev/checkout/" + session.sessionId());
        assertThat(gateway.createCheckoutSession(DEPOSIT_1, USER_1, Money.dollars(100))).isEqualTo(session);
        assertThat(gateway.createCheckoutSession(DEPOSIT_2, USER_1, Money.dollars(100)).sessionId())
                .isNotEqualTo(session.sessionId());
        assertThat(gateway.session(session.sessionId())).hasValue(new DevGatewayStore.Session(session.sessionId(),
                "deposit-1", "user-1", 100_00, DevGatewayStore.Session.State.OPEN, NOW));
    }

    @Test
    void aSessionIsOpenUntilPaidOrItsDayIsOverAsAtStripe() {
        var paid = gateway.createCheckoutSession(DEPOSIT_1, USER_1, Money.dollars(100));
        var unpaid = gateway.createCheckoutSession(DEPOSIT_2, USER_1, Money.dollars(100));
        assertThat(gateway.checkoutStatus(unpaid.sessionId()).state()).isEqualTo(PaymentGateway.CheckoutStatus.State.OPEN);

        gateway.close(paid.sessionId(), DevGatewayStore.Session.State.PAID);
        clock.advance(Duration.ofHours(24));

        assertThat(gateway.checkoutStatus(paid.sessionId()))
                .isEqualTo(new PaymentGateway.CheckoutStatus(paid.sessionId(), PaymentGateway.CheckoutStatus.State.PAID, 100_00));
        assertThat(gateway.checkoutStatus(unpaid.sessionId()).state()).isEqualTo(PaymentGateway.CheckoutStatus.State.EXPIRED);
    }

    @Test
    void aConnectedAccountIsCreatedOncePerUserAndStartsDisabled() {
        String account = gateway.createConnectedAccount(USER_1, "a@example.com");

        assertThat(account).startsWith("acct_dev_");
        assertThat(gateway.createConnectedAccount(USER_1, "a@example.com")).isEqualTo(account);
        assertThat(gateway.createConnectedAccount(USER_2, "b@example.com")).isNotEqualTo(account);
        assertThat(gateway.accountStatus(account)).isEqualTo(new PaymentGateway.AccountStatus(false, false));
        assertThat(gateway.createOnboardingLink(account)).isEqualTo("http://localhost:3000/dev/connect/" + account);
    }

    @Test
    void enablingPayoutsShowsInTheAccountStatus() {
        String account = gateway.createConnectedAccount(USER_1, "a@example.com");

        assertThat(gateway.enablePayouts(account)).isTrue();

        assertThat(gateway.accountStatus(account)).isEqualTo(new PaymentGateway.AccountStatus(true, true));
        assertThat(gateway.enablePayouts("acct_dev_unknown")).isFalse();
        assertThat(gateway.newEventId("account")).isNotEqualTo(gateway.newEventId("account"));
    }

    @Test
    void theStatusOfAnUnknownAccountIsUnavailableSoStoredStateIsKept() {
        assertThatThrownBy(() -> gateway.accountStatus("acct_dev_from_a_previous_run"))
                .isInstanceOf(PaymentGatewayUnavailable.class);
    }

    @Test
    void transfersSucceedAtOnceAndTheSameKeyNeverPaysTwice() {
        var first = gateway.transfer("acct_dev_1", Money.dollars(50), "withdrawal-1");
        var again = gateway.transfer("acct_dev_1", Money.dollars(50), "withdrawal-1");
        var other = gateway.transfer("acct_dev_1", Money.dollars(50), "withdrawal-2");

        assertThat(first).isInstanceOfSatisfying(PaymentGateway.TransferOutcome.Sent.class,
                sent -> assertThat(sent.transferId()).startsWith("tr_dev_"));
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(gateway.findTransfer("withdrawal-1")).contains(((PaymentGateway.TransferOutcome.Sent) first).transferId());
        assertThat(gateway.findTransfer("withdrawal-3")).isEmpty();
    }
}
