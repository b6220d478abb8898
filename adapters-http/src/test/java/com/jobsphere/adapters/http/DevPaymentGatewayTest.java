package com.jobsphere.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.application.port.PaymentGateway;
import com.jobsphere.application.port.PaymentGatewayUnavailable;
import com.jobsphere.domain.money.Money;
import org.junit.jupiter.api.Test;

class DevPaymentGatewayTest {
    private final DevPaymentGateway gateway = DevPaymentGateway.create("http://localhost:3000/");

    @Test
    void aCheckoutSessionPointsAtTheLocalPageAndIsIdempotentPerDeposit() {
        PaymentGateway.CheckoutSession session = gateway.createCheckoutSession("deposit-1", "user-1", Money.dollars(100));

        assertThat(session.sessionId()).startsWith("cs_dev_");
        assertThat(session.checkoutUrl()).isEqualTo("http://localhost:3000/dev/checkout/" + session.sessionId());
        assertThat(gateway.createCheckoutSession("deposit-1", "user-1", Money.dollars(100))).isEqualTo(session);
        assertThat(gateway.createCheckoutSession("deposit-2", "user-1", Money.dollars(100)).sessionId())
                .isNotEqualTo(session.sessionId());
        assertThat(gateway.session(session.sessionId())).hasValue(
                new DevPaymentGateway.Session(session.sessionId(), "deposit-1", "user-1", Money.dollars(100)));
    }

    @Test
    void aConnectedAccountIsCreatedOncePerUserAndStartsDisabled() {
        String account = gateway.createConnectedAccount("user-1", "a@example.com");

        assertThat(account).startsWith("acct_dev_");
        assertThat(gateway.createConnectedAccount("user-1", "a@example.com")).isEqualTo(account);
        assertThat(gateway.createConnectedAccount("user-2", "b@example.com")).isNotEqualTo(account);
        assertThat(gateway.accountStatus(account)).isEqualTo(new PaymentGateway.AccountStatus(false, false));
        assertThat(gateway.createOnboardingLink(account)).isEqualTo("http://localhost:3000/dev/connect/" + account);
    }

    @Test
    void enablingPayoutsShowsInTheAccountStatus() {
        String account = gateway.createConnectedAccount("user-1", "a@example.com");

        assertThat(gateway.enablePayouts(account)).isTrue();

        assertThat(gateway.accountStatus(account)).isEqualTo(new PaymentGateway.AccountStatus(true, true));
        assertThat(gateway.enablePayouts("acct_dev_unknown")).isFalse();
        assertThat(gateway.nextAccountEventId(account)).isNotEqualTo(gateway.nextAccountEventId(account));
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
    }
}
