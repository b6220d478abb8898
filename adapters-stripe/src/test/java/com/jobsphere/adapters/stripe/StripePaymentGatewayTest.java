package com.jobsphere.adapters.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.application.port.PaymentGateway;
import com.jobsphere.application.port.PaymentGateway.TransferOutcome;
import com.jobsphere.application.port.PaymentGatewayUnavailable;
import com.jobsphere.domain.common.DepositId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.money.Money;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway through stripe-java against {@link FakeStripe}: these tests read what stripe-java put
 * on the wire, so they check the adapter's parameters as Stripe would receive them.
 */
class StripePaymentGatewayTest {
    private static final String SECRET_KEY = "sk_test_gateway";
    /** Short enough to keep timeout tests fast, long enough for a loopback answer on a busy build machine. */
    private static final int READ_TIMEOUT_MILLIS = 2_000;
    private static final Duration PAST_READ_TIMEOUT = Duration.ofMillis(READ_TIMEOUT_MILLIS + 500);
    private static final String ACCOUNT = "acct_1";
    private static final Money AMOUNT = Money.ofCents(8_000);
    private static final String KEY = "withdrawal-w1";

    private FakeStripe stripe;

    @BeforeEach
    void startFakeStripe() {
        stripe = new FakeStripe().start();
    }

    @AfterEach
    void stopFakeStripe() {
        stripe.close();
    }

    @Test
    void aCheckoutSessionIsOnePaymentOfTheAmountInCentsForTheDeposit() {
        PaymentGateway.CheckoutSession session = gateway(0)
                .createCheckoutSession(new DepositId("dep_1"), new UserId("user_1"), Money.ofCents(10_550));

        FakeStripe.Request request = stripe.requests("POST", "/v1/checkout/sessions").get(0);
        assertThat(request.param("mode")).isEqualTo("payment");
        assertThat(request.param("line_items[0][price_data][unit_amount]")).isEqualTo("10550");
        assertThat(request.param("line_items[0][price_data][currency]")).isEqualTo("usd");
        assertThat(request.param("line_items[0][price_data][product_data][name]")).isEqualTo("JobSphere wallet deposit");
        assertThat(request.param("line_items[0][quantity]")).isEqualTo("1");
        assertThat(request.param("client_reference_id")).isEqualTo("dep_1");
        assertThat(request.param("metadata[depositId]")).isEqualTo("dep_1");
        assertThat(request.param("metadata[userId]")).isEqualTo("user_1");
        assertThat(request.param("success_url")).isEqualTo("https://app.test/deposit/success");
        assertThat(request.param("cancel_url")).isEqualTo("https://app.test/deposit/cancel");
        assertThat(request.idempotencyKey()).isEqualTo("checkout-dep_1");
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + SECRET_KEY);
        FakeStripe.CheckoutSession made = stripe.checkoutSessions().get(0);
        assertThat(session.sessionId()).isEqualTo(made.id()).startsWith("cs_test_");
        assertThat(session.checkoutUrl()).isEqualTo(made.url());
        assertThat(made.amountTotalCents()).isEqualTo(10_550);
    }

    @Test
    void creatingTheCheckoutSessionOfOneDepositTwiceMakesOneSession() {
        PaymentGateway gateway = gateway(0);

        PaymentGateway.CheckoutSession first = gateway.createCheckoutSession(new DepositId("dep_1"), new UserId("user_1"), Money.dollars(20));
        PaymentGateway.CheckoutSession second = gateway.createCheckoutSession(new DepositId("dep_1"), new UserId("user_1"), Money.dollars(20));

        assertThat(second).isEqualTo(first);
        assertThat(stripe.checkoutSessions()).hasSize(1);
    }

    @Test
    void aCheckoutSessionIsOpenUntilPaidAndPaidForItsAmountTotal() {
        PaymentGateway gateway = gateway(0);
        PaymentGateway.CheckoutSession session = gateway.createCheckoutSession(new DepositId("dep_1"), new UserId("user_1"), Money.ofCents(10_550));

        assertThat(gateway.checkoutStatus(session.sessionId()).state()).isEqualTo(PaymentGateway.CheckoutStatus.State.OPEN);
        stripe.payCheckoutSession(session.sessionId());

        assertThat(gateway.checkoutStatus(session.sessionId())).isEqualTo(new PaymentGateway.CheckoutStatus(
                session.sessionId(), PaymentGateway.CheckoutStatus.State.PAID, 10_550));
        assertThat(stripe.requests("GET", "/v1/checkout/sessions/" + session.sessionId())).hasSize(2);
    }

    @Test
    void anExpiredCheckoutSessionIsExpiredAndAnUnknownOneIsUnavailable() {
        PaymentGateway gateway = gateway(0);
        PaymentGateway.CheckoutSession session = gateway.createCheckoutSession(new DepositId("dep_1"), new UserId("user_1"), Money.dollars(20));
        stripe.expireCheckoutSession(session.sessionId());

        assertThat(gateway.checkoutStatus(session.sessionId()).state()).isEqualTo(PaymentGateway.CheckoutStatus.State.EXPIRED);
        assertThatThrownBy(() -> gateway.checkoutStatus("cs_test_unknown")).isInstanceOf(PaymentGatewayUnavailable.class);
    }

    @Test
    void aTransferIsFoundByItsKeyEvenAfterStripeForgotTheKey() {
        stripe.setAccountStatus(ACCOUNT, true, true);
        PaymentGateway gateway = gateway(0);
        TransferOutcome made = gateway.transfer(ACCOUNT, AMOUNT, KEY);
        stripe.forgetIdempotencyKeys();

        assertThat(gateway.findTransfer(KEY)).contains(((TransferOutcome.Sent) made).transferId());
        assertThat(gateway.findTransfer("withdrawal-never-made")).isEmpty();
        assertThat(stripe.requests("POST", "/v1/transfers").get(0).param("transfer_group")).isEqualTo(KEY);
        FakeStripe.Request lookup = stripe.requests("GET", "/v1/transfers").get(0);
        assertThat(lookup.param("transfer_group")).isEqualTo(KEY);
        assertThat(lookup.param("limit")).isEqualTo("1");
    }

    @Test
    void aConnectedAccountIsAnExpressAccountAskingForTransfers() {
        String accountId = gateway(0).createConnectedAccount(new UserId("user_7"), "pat@example.com");

        FakeStripe.Request request = stripe.requests("POST", "/v1/accounts").get(0);
        assertThat(request.param("controller[stripe_dashboard][type]")).isEqualTo("express");
        assertThat(request.param("controller[fees][payer]")).isEqualTo("application");
        assertThat(request.param("controller[losses][payments]")).isEqualTo("application");
        assertThat(request.param("controller[requirement_collection]")).isEqualTo("stripe");
        assertThat(request.param("capabilities[transfers][requested]")).isEqualTo("true");
        assertThat(request.param("email")).isEqualTo("pat@example.com");
        assertThat(request.param("metadata[userId]")).isEqualTo("user_7");
        assertThat(request.idempotencyKey()).isEqualTo("account-user_7");
        assertThat(accountId).startsWith("acct_");
    }

    @Test
    void creatingTheAccountOfOneUserTwiceMakesOneAccount() {
        PaymentGateway gateway = gateway(0);

        String first = gateway.createConnectedAccount(new UserId("user_7"), "pat@example.com");
        String second = gateway.createConnectedAccount(new UserId("user_7"), "pat@example.com");

        assertThat(second).isEqualTo(first);
    }

    @Test
    void anOnboardingLinkIsForAccountOnboardingWithTheConfiguredUrls() {
        PaymentGateway gateway = gateway(0);
        String accountId = gateway.createConnectedAccount(new UserId("user_7"), "pat@example.com");

        String url = gateway.createOnboardingLink(accountId);

        FakeStripe.Request request = stripe.requests("POST", "/v1/account_links").get(0);
        assertThat(request.param("account")).isEqualTo(accountId);
        assertThat(request.param("type")).isEqualTo("account_onboarding");
        assertThat(request.param("refresh_url")).isEqualTo("https://app.test/connect/refresh");
        assertThat(request.param("return_url")).isEqualTo("https://app.test/connect/return");
        assertThat(url).startsWith("https://connect.stripe.com/setup/").contains(accountId);
    }

    @Test
    void eachOnboardingLinkIsNew() {
        PaymentGateway gateway = gateway(0);
        String accountId = gateway.createConnectedAccount(new UserId("user_7"), "pat@example.com");

        assertThat(gateway.createOnboardingLink(accountId)).isNotEqualTo(gateway.createOnboardingLink(accountId));
    }

    @Test
    void theAccountStatusIsWhatStripeSaysOfTheAccountNow() {
        PaymentGateway gateway = gateway(0);
        String accountId = gateway.createConnectedAccount(new UserId("user_7"), "pat@example.com");
        assertThat(gateway.accountStatus(accountId)).isEqualTo(new PaymentGateway.AccountStatus(false, false));

        stripe.setAccountStatus(accountId, true, false);
        assertThat(gateway.accountStatus(accountId)).isEqualTo(new PaymentGateway.AccountStatus(true, false));

        stripe.setAccountStatus(accountId, true, true);
        assertThat(gateway.accountStatus(accountId)).isEqualTo(new PaymentGateway.AccountStatus(true, true));
        assertThat(stripe.requests("GET", "/v1/accounts/" + accountId)).hasSize(3);
    }

    @Test
    void theStatusOfAnAccountStripeDoesNotKnowIsUnavailableNotFalse() {
        assertThatThrownBy(() -> gateway(0).accountStatus("acct_unknown"))
                .isInstanceOf(PaymentGatewayUnavailable.class)
                .hasMessageContaining("No such account");
    }

    @Test
    void aTransferSendsTheCentsInUsdToTheAccountWithTheGivenKey() {
        payableAccount();

        TransferOutcome outcome = gateway(0).transfer(ACCOUNT, AMOUNT, KEY);

        FakeStripe.Request request = stripe.requests("POST", "/v1/transfers").get(0);
        assertThat(request.param("amount")).isEqualTo("8000");
        assertThat(request.param("currency")).isEqualTo("usd");
        assertThat(request.param("destination")).isEqualTo("acct_1");
        assertThat(request.idempotencyKey()).isEqualTo("withdrawal-w1");
        assertThat(stripe.transfers()).containsExactly(
                new FakeStripe.Transfer(((TransferOutcome.Sent) outcome).transferId(), 8_000, "usd", "acct_1",
                        "withdrawal-w1"));
    }

    @Test
    void aTransferRepeatedWithTheSameKeyPaysOnce() {
        payableAccount();
        PaymentGateway gateway = gateway(0);

        TransferOutcome first = gateway.transfer(ACCOUNT, AMOUNT, KEY);
        TransferOutcome second = gateway.transfer(ACCOUNT, AMOUNT, KEY);

        assertThat(second).isEqualTo(first);
        assertThat(stripe.transfers()).hasSize(1);
    }

    @Test
    void aTransferStripeRefusesIsRefusedWithStripesReason() {
        payableAccount();
        stripe.refuseNextTransfer();

        TransferOutcome outcome = gateway(2).transfer(ACCOUNT, AMOUNT, KEY);

        assertThat(outcome).isEqualTo(new TransferOutcome.Refused(
                "You have insufficient available funds in your Stripe account."));
        assertThat(stripe.transfers()).isEmpty();
        assertThat(stripe.requests("POST", "/v1/transfers")).hasSize(1);
    }

    @Test
    void aTransferRefusedWithACardErrorIsRefused() {
        payableAccount();
        stripe.refuseNextTransfer(402, "card_error", "card_declined", "Your card was declined.");

        TransferOutcome outcome = gateway(0).transfer(ACCOUNT, AMOUNT, KEY);

        assertThat(outcome).isEqualTo(new TransferOutcome.Refused("Your card was declined."));
    }

    @Test
    void aTransferToAnAccountWithoutPayoutsIsRefused() {
        stripe.setAccountStatus(ACCOUNT, true, false);

        TransferOutcome outcome = gateway(0).transfer(ACCOUNT, AMOUNT, KEY);

        assertThat(outcome).isInstanceOf(TransferOutcome.Refused.class);
        assertThat(((TransferOutcome.Refused) outcome).reason()).contains("capabilities");
        assertThat(stripe.transfers()).isEmpty();
    }

    @Test
    void aTimedOutTransferIsUnavailableAndARetryWithTheSameKeyMakesExactlyOneTransfer() {
        payableAccount();
        stripe.timeOutNextRequest(PAST_READ_TIMEOUT);
        PaymentGateway gateway = gateway(0);

        assertThatThrownBy(() -> gateway.transfer(ACCOUNT, AMOUNT, KEY))
                .isInstanceOf(PaymentGatewayUnavailable.class)
                .hasMessageContaining("Read timed out");
        // The fake made the transfer before its answer was lost, as Stripe may have.
        assertThat(stripe.transfers()).hasSize(1);

        TransferOutcome retried = gateway.transfer(ACCOUNT, AMOUNT, KEY);

        assertOneTransferMadeByTwoRequestsWithTheKey(retried);
    }

    @Test
    void aTimeoutIsHealedByStripeJavasOwnRetryWithTheSameKey() {
        payableAccount();
        stripe.timeOutNextRequest(PAST_READ_TIMEOUT);

        TransferOutcome outcome = gateway(1).transfer(ACCOUNT, AMOUNT, KEY);

        assertOneTransferMadeByTwoRequestsWithTheKey(outcome);
    }

    @Test
    void aTransferAnswered500IsUnavailableOnceRetriesRunOut() {
        payableAccount();
        stripe.failNextRequest();

        assertThatThrownBy(() -> gateway(0).transfer(ACCOUNT, AMOUNT, KEY))
                .isInstanceOf(PaymentGatewayUnavailable.class)
                .hasMessageContaining("make a transfer");
        assertThat(stripe.transfers()).isEmpty();
    }

    @Test
    void aSingle500IsRetriedByStripeJavaWithTheSameKeyAndPaysOnce() {
        payableAccount();
        stripe.failNextRequest();

        TransferOutcome outcome = gateway(1).transfer(ACCOUNT, AMOUNT, KEY);

        assertOneTransferMadeByTwoRequestsWithTheKey(outcome);
    }

    @Test
    void aRateLimitedTransferIsUnavailableBecauseStripeJavaDoesNotRetryIt() {
        payableAccount();
        stripe.rateLimitNextRequest();

        assertThatThrownBy(() -> gateway(2).transfer(ACCOUNT, AMOUNT, KEY))
                .isInstanceOf(PaymentGatewayUnavailable.class)
                .hasMessageContaining("Too many requests");
        assertThat(stripe.requests("POST", "/v1/transfers")).hasSize(1);
        assertThat(stripe.transfers()).isEmpty();
    }

    @Test
    void reusingATransferKeyForAnotherAmountIsUnavailableNotRefused() {
        payableAccount();
        PaymentGateway gateway = gateway(0);
        gateway.transfer(ACCOUNT, AMOUNT, KEY);

        // The key already paid something, so returning Refused would let the caller give the funds back.
        assertThatThrownBy(() -> gateway.transfer(ACCOUNT, Money.ofCents(9_000), KEY))
                .isInstanceOf(PaymentGatewayUnavailable.class)
                .hasMessageContaining("same parameters");
        assertThat(stripe.transfers()).hasSize(1);
    }

    @Test
    void aCheckoutSessionAnswered500IsUnavailable() {
        stripe.failNextRequest();

        assertThatThrownBy(() -> gateway(0).createCheckoutSession(new DepositId("dep_1"), new UserId("user_1"), Money.dollars(20)))
                .isInstanceOf(PaymentGatewayUnavailable.class)
                .hasMessageContaining("Checkout Session");
    }

    @Test
    void anUnreachableStripeIsUnavailable() {
        String closedBaseUrl = stripe.baseUrl();
        stripe.close();

        PaymentGateway gateway = StripeAdapter.create(settings(closedBaseUrl, 0)).paymentGateway();

        assertThatThrownBy(() -> gateway.transfer(ACCOUNT, AMOUNT, KEY))
                .isInstanceOf(PaymentGatewayUnavailable.class)
                .hasMessageContaining("IOException");
    }

    @Test
    void theSecretKeyIsSentOnlyAsTheBearerToken() {
        payableAccount();
        PaymentGateway gateway = gateway(0);
        gateway.createCheckoutSession(new DepositId("dep_1"), new UserId("user_1"), Money.dollars(20));
        gateway.transfer(ACCOUNT, AMOUNT, KEY);

        List<FakeStripe.Request> requests = stripe.requests();
        assertThat(requests).allSatisfy(request -> {
            assertThat(request.header("Authorization")).isEqualTo("Bearer " + SECRET_KEY);
            assertThat(request.params().values()).doesNotContain(SECRET_KEY);
        });
    }

    /** An account the fake knows, with payouts enabled, so that transfers to it can be made. */
    private void payableAccount() {
        stripe.setAccountStatus(ACCOUNT, true, true);
    }

    private void assertOneTransferMadeByTwoRequestsWithTheKey(TransferOutcome outcome) {
        assertThat(stripe.transfers()).hasSize(1);
        assertThat(outcome).isEqualTo(new TransferOutcome.Sent(stripe.transfers().get(0).id()));
        assertThat(stripe.requests("POST", "/v1/transfers")).extracting(FakeStripe.Request::idempotencyKey)
                .containsExactly(KEY, KEY);
    }

    private PaymentGateway gateway(int maxNetworkRetries) {
        return StripeAdapter.create(settings(stripe.baseUrl(), maxNetworkRetries)).paymentGateway();
    }

    private static StripeSettings settings(String apiBase, int maxNetworkRetries) {
        return new StripeSettings(SECRET_KEY, "whsec_platform", null, apiBase, "https://app.test/deposit/success",
                "https://app.test/deposit/cancel", "https://app.test/connect/refresh",
                "https://app.test/connect/return", 1_000, READ_TIMEOUT_MILLIS, maxNetworkRetries);
    }
}
