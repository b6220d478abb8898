package com.jobsphere.e2e.stripe;

import static com.jobsphere.e2e.support.Amounts.dollars;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobsphere.adapters.stripe.FakeStripe;
import com.jobsphere.adapters.stripe.StripeSignatures;
import com.jobsphere.e2e.support.Amounts;
import com.jobsphere.e2e.support.Api;
import com.jobsphere.e2e.support.Marketplace;
import com.jobsphere.e2e.support.Parallel;
import com.jobsphere.e2e.support.Response;
import com.jobsphere.e2e.support.Service;
import com.jobsphere.e2e.support.User;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Deposits with Stripe for real, against a fake Stripe: the Checkout Session the service asks for, and
 * the signed webhooks that alone credit the wallet, exactly once, whatever the deliveries.
 */
class StripeDepositIT {
    @RegisterExtension
    static final Service service = Service.withFakeStripe(Map.of(
            "STRIPE_READ_TIMEOUT_MILLIS", "2000", "STRIPE_MAX_NETWORK_RETRIES", "0"));

    private static Marketplace market;
    private static Api api;
    private static FakeStripe stripe;
    private static StripeSteps steps;

    @BeforeAll
    static void connect() {
        market = service.marketplace();
        api = service.api();
        stripe = service.stripe();
        steps = new StripeSteps(service);
    }

    @Test
    void aDepositAsksStripeForACheckoutSessionOfTheAmountInCents() {
        User customer = market.customer();

        Response started = market.startDeposit(customer, "100.50");

        String sessionId = started.text("/sessionId");
        FakeStripe.CheckoutSession session = stripe.checkoutSessions().stream()
                .filter(candidate -> candidate.id().equals(sessionId)).findFirst().orElseThrow();
        assertThat(started.text("/checkoutUrl")).isEqualTo(session.url());
        assertThat(Amounts.of(started.data().path("amount"))).isEqualTo(dollars("100.50"));
        FakeStripe.Request request = stripe.requests("POST", "/v1/checkout/sessions").stream()
                .filter(candidate -> customer.id().equals(candidate.param("metadata[userId]"))).findFirst().orElseThrow();
        String depositId = request.param("client_reference_id");
        assertThat(depositId).isNotBlank();
        assertThat(request.param("mode")).isEqualTo("payment");
        assertThat(request.param("line_items[0][price_data][currency]")).isEqualTo("usd");
        assertThat(request.param("line_items[0][price_data][unit_amount]")).isEqualTo("10050");
        assertThat(request.params().getOrDefault("line_items[0][quantity]", "1")).isEqualTo("1");
        assertThat(request.param("metadata[depositId]")).isEqualTo(depositId);
        assertThat(request.param("success_url")).isNotBlank();
        assertThat(request.param("cancel_url")).isNotBlank();
        assertThat(request.idempotencyKey()).isNotBlank().contains(depositId);
        assertThat(session.amountTotalCents()).isEqualTo(10050);
    }

    @Test
    void aSignedCompletedEventCreditsTheDeposit() {
        User customer = market.customer();
        StripeSteps.StartedDeposit deposit = steps.startDeposit(customer, "100");
        assertThat(market.balance(customer)).isEqualTo(dollars("0.00"));

        Response received = steps.deliver(completed(deposit).json());

        assertThat(received.status()).isEqualTo(200);
        assertThat(market.wallet(customer).text()).contains("\"balance\":100.00");
        assertThat(depositStatus(customer)).isEqualTo("completed");
    }

    @Test
    void theSameEventDeliveredTwiceCreditsOnce() {
        User customer = market.customer();
        String event = completed(steps.startDeposit(customer, "100")).json();

        steps.deliver(event).expect(200);
        Response again = steps.deliver(event);

        assertThat(again.status()).isEqualTo(200);
        assertThat(market.balance(customer)).isEqualTo(dollars("100.00"));
    }

    @Test
    void twoDifferentEventsForOneSessionCreditOnce() {
        User customer = market.customer();
        StripeSteps.StartedDeposit deposit = steps.startDeposit(customer, "100");

        steps.deliver(completed(deposit).json()).expect(200);
        steps.deliver(StripeSignatures.checkoutSessionAsyncPaymentSucceeded(deposit.sessionId(), deposit.depositId(),
                deposit.amountCents()).json());

        assertThat(market.balance(customer)).isEqualTo(dollars("100.00"));
    }

    @Test
    void twentyConcurrentDeliveriesOfOneEventCreditOnce() {
        User customer = market.customer();
        String event = completed(steps.startDeposit(customer, "100")).json();

        List<Response> answers = Parallel.run(20, i -> steps.deliver(event));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as("%s", answer).isEqualTo(200));
        assertThat(market.balance(customer)).isEqualTo(dollars("100.00"));
        assertThat(depositHistory(customer)).hasSize(1);
    }

    @Test
    void anExpiryArrivingAfterTheCompletionLeavesTheDepositCredited() {
        User customer = market.customer();
        StripeSteps.StartedDeposit deposit = steps.startDeposit(customer, "100");
        steps.deliver(completed(deposit).json()).expect(200);

        Response late = steps.deliver(StripeSignatures.checkoutSessionExpired(deposit.sessionId(), deposit.depositId(),
                deposit.amountCents()).json());

        assertThat(late.status()).isEqualTo(200);
        assertThat(market.balance(customer)).isEqualTo(dollars("100.00"));
        assertThat(depositStatus(customer)).isEqualTo("completed");
    }

    @Test
    void anUnpaidCompletionWaitsForTheAsyncPaymentToSucceed() {
        User customer = market.customer();
        StripeSteps.StartedDeposit deposit = steps.startDeposit(customer, "100");

        steps.deliver(completed(deposit).paymentStatus("unpaid").json()).expect(200);
        assertThat(market.balance(customer)).isEqualTo(dollars("0.00"));
        assertThat(depositStatus(customer)).isEqualTo("pending");
        steps.deliver(StripeSignatures.checkoutSessionAsyncPaymentSucceeded(deposit.sessionId(), deposit.depositId(),
                deposit.amountCents()).json()).expect(200);

        assertThat(market.balance(customer)).isEqualTo(dollars("100.00"));
        assertThat(depositStatus(customer)).isEqualTo("completed");
    }

    @Test
    void aFailedAsyncPaymentFailsThePendingDeposit() {
        User customer = market.customer();
        StripeSteps.StartedDeposit deposit = steps.startDeposit(customer, "100");

        steps.deliver(StripeSignatures.checkoutSessionAsyncPaymentFailed(deposit.sessionId(), deposit.depositId(),
                deposit.amountCents()).json()).expect(200);

        assertThat(depositStatus(customer)).isEqualTo("failed");
        assertThat(market.balance(customer)).isEqualTo(dollars("0.00"));
    }

    @Test
    void anExpiredSessionFailsThePendingDepositAndALaterCompletionCreditsNothing() {
        User customer = market.customer();
        StripeSteps.StartedDeposit deposit = steps.startDeposit(customer, "100");

        steps.deliver(StripeSignatures.checkoutSessionExpired(deposit.sessionId(), deposit.depositId(),
                deposit.amountCents()).json()).expect(200);

        assertThat(depositStatus(customer)).isEqualTo("failed");
        steps.deliver(completed(deposit).json());
        assertThat(market.balance(customer)).isEqualTo(dollars("0.00"));
    }

    @Test
    void anAmountThatDiffersFromTheDepositCreditsNothing() {
        User customer = market.customer();
        StripeSteps.StartedDeposit deposit = steps.startDeposit(customer, "100");

        steps.deliver(completed(deposit).amountTotalCents(999_900L).json());

        assertThat(market.balance(customer)).isEqualTo(dollars("0.00"));
        assertThat(depositStatus(customer)).isEqualTo("pending");
    }

    @Test
    void anEventOfAnotherApiVersionStillCredits() {
        User customer = market.customer();
        StripeSteps.StartedDeposit deposit = steps.startDeposit(customer, "100");

        steps.deliver(completed(deposit).apiVersion("2020-08-27").json()).expect(200);

        assertThat(market.balance(customer)).isEqualTo(dollars("100.00"));
    }

    @Test
    void anEventFoundBySessionAloneStillCredits() {
        User customer = market.customer();
        StripeSteps.StartedDeposit deposit = steps.startDeposit(customer, "100");

        steps.deliver(completed(deposit).clientReferenceId(null).metadata("depositId", null).json()).expect(200);

        assertThat(market.balance(customer)).isEqualTo(dollars("100.00"));
    }

    @Test
    void anUnknownEventTypeIsAcknowledgedAndIgnored() {
        Response received = steps.deliver(StripeSignatures.event("invoice.paid").json());

        assertThat(received.status()).isEqualTo(200);
    }

    @Test
    void aSignatureMadeWithAnotherSecretIsRefusedAndChangesNothing() {
        User customer = market.customer();
        String event = completed(steps.startDeposit(customer, "100")).json();

        Response refused = steps.deliverSigned(event, StripeSignatures.sign(event, "whsec_not_ours", Instant.now()));

        assertRefusedAndNothingChanged(refused, customer, event);
    }

    @Test
    void aSignatureOlderThanFiveMinutesIsRefusedAndChangesNothing() {
        User customer = market.customer();
        String event = completed(steps.startDeposit(customer, "100")).json();

        Response refused = steps.deliverSigned(event, StripeSignatures.sign(event, Service.STRIPE_WEBHOOK_SECRET,
                Instant.now().minusSeconds(600)));

        assertRefusedAndNothingChanged(refused, customer, event);
    }

    @Test
    void aBodyChangedAfterSigningIsRefusedAndChangesNothing() {
        User customer = market.customer();
        StripeSteps.StartedDeposit deposit = steps.startDeposit(customer, "100");
        String signed = completed(deposit).paymentStatus("unpaid").json();
        String tampered = signed.replace("\"unpaid\"", "\"paid\"");
        assertThat(tampered).isNotEqualTo(signed);

        Response refused = steps.deliverSigned(tampered, StripeSignatures.sign(signed, Service.STRIPE_WEBHOOK_SECRET,
                Instant.now()));

        assertRefusedAndNothingChanged(refused, customer, completed(deposit).json());
    }

    @Test
    void aMissingSignatureIsRefusedAndChangesNothing() {
        User customer = market.customer();
        String event = completed(steps.startDeposit(customer, "100")).json();

        Response refused = api.post(StripeSteps.WEBHOOK_PATH).raw(event).send();

        assertRefusedAndNothingChanged(refused, customer, event);
    }

    @Test
    void aMalformedSignatureIsRefused() {
        String event = StripeSignatures.event("invoice.paid").json();

        assertThat(steps.deliverSigned(event, "t=soon,v1=nope").status()).isEqualTo(400);
        assertThat(steps.deliverSigned(event, "garbage").status()).isEqualTo(400);
    }

    @Test
    void aStripeOutageWhileStartingADepositIsA502WithAPlainMessage() {
        User customer = market.customer();
        stripe.failNextRequest();

        Response failed = api.post("/api/wallet/deposit").as(customer).json(Marketplace.amount("100")).send();

        assertThat(failed.status()).isEqualTo(502);
        assertThat(failed.message()).isEqualTo("Payment provider unavailable, please try again");
        assertThat(failed.json().path("data").isNull()).isTrue();
        assertThat(failed.errors().isArray()).isTrue();
        assertThat(failed.text()).doesNotContain("Stripe").doesNotContain("Exception").doesNotContain("api_error");
        assertThat(depositHistory(customer)).allSatisfy(item -> assertThat(item.path("status").asText())
                .isNotEqualTo("pending"));
    }

    private static StripeSignatures.EventJson completed(StripeSteps.StartedDeposit deposit) {
        return StripeSignatures.checkoutSessionCompleted(deposit.sessionId(), deposit.depositId(), deposit.amountCents());
    }

    /** A refused delivery leaves the deposit pending; the same event, properly signed, still credits it after. */
    private static void assertRefusedAndNothingChanged(Response refused, User customer, String event) {
        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(refused.json().path("data").isNull()).isTrue();
        assertThat(market.balance(customer)).isEqualTo(dollars("0.00"));
        assertThat(depositStatus(customer)).isEqualTo("pending");
        steps.deliver(event).expect(200);
        assertThat(market.balance(customer)).as("the genuine delivery still credits").isEqualTo(dollars("100.00"));
    }

    private static JsonNode depositHistory(User customer) {
        return api.get("/api/wallet/transactions?type=deposit").as(customer).send().expect(200).data()
                .path("transactions");
    }

    private static String depositStatus(User customer) {
        return depositHistory(customer).path(0).path("status").asText();
    }
}
