package com.jobsphere.e2e.stripe;

import com.jobsphere.adapters.stripe.FakeStripe;
import com.jobsphere.adapters.stripe.StripeSignatures;
import com.jobsphere.e2e.support.Api;
import com.jobsphere.e2e.support.Marketplace;
import com.jobsphere.e2e.support.Response;
import com.jobsphere.e2e.support.Service;
import com.jobsphere.e2e.support.User;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The steps that Stripe completes outside the API: a payer finishing Checkout (Stripe then sends a
 * signed {@code checkout.session.completed}) and a contractor finishing Connect onboarding (Stripe's
 * account changes and it sends {@code account.updated}). Public for the fault tests, which settle
 * these same flows after Stripe lost an answer ({@code com.jobsphere.e2e.faults.JanitorIT}).
 */
public final class StripeSteps {
    public static final String WEBHOOK_PATH = "/api/webhooks/stripe";

    private final Api api;
    private final Marketplace market;
    private final FakeStripe stripe;

    public StripeSteps(Service service) {
        this.api = service.api();
        this.market = service.marketplace();
        this.stripe = service.stripe();
    }

    /** A started deposit as Stripe knows it: the Checkout Session the service created for it. */
    public record StartedDeposit(String sessionId, String depositId, long amountCents) {
    }

    public StartedDeposit startDeposit(User user, String amount) {
        String sessionId = market.startDeposit(user, amount).text("/sessionId");
        FakeStripe.CheckoutSession session = stripe.checkoutSessions().stream()
                .filter(candidate -> candidate.id().equals(sessionId)).findFirst()
                .orElseThrow(() -> new AssertionError("Stripe never saw session " + sessionId));
        long cents = new BigDecimal(amount).movePointRight(2).longValueExact();
        return new StartedDeposit(sessionId, session.clientReferenceId(), cents);
    }

    /** A whole deposit: started through the API, then paid, as Stripe's signed webhook reports it. */
    public void deposit(User user, String amount) {
        StartedDeposit deposit = startDeposit(user, amount);
        deliver(StripeSignatures.checkoutSessionCompleted(deposit.sessionId(), deposit.depositId(),
                deposit.amountCents()).json()).expect(200);
    }

    /** Signs the body now with the service's webhook secret and posts it as Stripe does. */
    public Response deliver(String payload) {
        return deliverSigned(payload, StripeSignatures.sign(payload, Service.STRIPE_WEBHOOK_SECRET, Instant.now()));
    }

    public Response deliverSigned(String payload, String signature) {
        return api.post(WEBHOOK_PATH).header("Stripe-Signature", signature).raw(payload).send();
    }

    /** Asks for an onboarding link and returns the connected account it is for. */
    public String startOnboarding(User contractor) {
        api.post("/api/wallet/stripe/onboard").as(contractor).send().expect(200);
        return lastAccountLink().param("account");
    }

    /** The latest onboarding link the service asked Stripe for. */
    public FakeStripe.Request lastAccountLink() {
        List<FakeStripe.Request> links = stripe.requests("POST", "/v1/account_links");
        return links.get(links.size() - 1);
    }

    /** The contractor finishes onboarding at Stripe: the account can receive payouts, and Stripe says so. */
    public String onboard(User contractor) {
        String accountId = startOnboarding(contractor);
        stripe.setAccountStatus(accountId, true, true);
        deliver(StripeSignatures.accountUpdated(accountId, true, true).json()).expect(200);
        return accountId;
    }

    /** A contractor holding 80.00 from a completed offer of 100, not yet onboarded. */
    public User contractorWithEarnings() {
        User customer = market.customer();
        User contractor = market.contractor();
        deposit(customer, "105");
        market.completed(customer, contractor, "100");
        return contractor;
    }

    /** A pending withdrawal and what it will be paid to. */
    public record PendingWithdrawal(User contractor, String accountId, String withdrawalId) {
    }

    /** An onboarded contractor holding 80.00 who asked to withdraw {@code amount}. */
    public PendingWithdrawal pendingWithdrawal(String amount) {
        User contractor = contractorWithEarnings();
        String accountId = onboard(contractor);
        String withdrawalId = market.withdraw(contractor, amount).expect(200).text("/withdrawal/_id");
        return new PendingWithdrawal(contractor, accountId, withdrawalId);
    }
}
