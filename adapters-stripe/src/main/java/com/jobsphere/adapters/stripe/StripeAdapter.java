package com.jobsphere.adapters.stripe;

import com.jobsphere.application.port.PaymentGateway;
import com.jobsphere.application.port.WebhookVerifier;
import com.stripe.StripeClient;
import java.time.Clock;
import java.util.Objects;

/**
 * The Stripe adapter's only entry point: the payment gateway and the webhook verifier, built from
 * explicit {@link StripeSettings}. It uses its own {@link StripeClient}, never stripe-java's global
 * static configuration, so two adapters (or a test and the application) cannot disturb each other.
 */
public final class StripeAdapter {
    private final PaymentGateway paymentGateway;
    private final WebhookVerifier webhookVerifier;

    private StripeAdapter(PaymentGateway paymentGateway, WebhookVerifier webhookVerifier) {
        this.paymentGateway = paymentGateway;
        this.webhookVerifier = webhookVerifier;
    }

    /** The adapter on the system clock, which decides whether a webhook signature is fresh. */
    public static StripeAdapter create(StripeSettings settings) {
        return create(settings, Clock.systemUTC());
    }

    /** The adapter with the clock that decides whether a webhook signature is fresh. */
    public static StripeAdapter create(StripeSettings settings, Clock clock) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        return new StripeAdapter(new StripePaymentGateway(client(settings), settings),
                new StripeWebhookVerifier(settings.webhookSecret(), settings.connectWebhookSecret(), clock));
    }

    public PaymentGateway paymentGateway() {
        return paymentGateway;
    }

    public WebhookVerifier webhookVerifier() {
        return webhookVerifier;
    }

    /**
     * Every network limit is set here rather than left to stripe-java's defaults. Only the API base is
     * redirected: this adapter makes no calls to the Connect OAuth, files or meter-events hosts.
     */
    private static StripeClient client(StripeSettings settings) {
        return StripeClient.builder()
                .setApiKey(settings.secretKey())
                .setApiBase(settings.apiBase())
                .setConnectTimeout(settings.connectTimeoutMillis())
                .setReadTimeout(settings.readTimeoutMillis())
                .setMaxNetworkRetries(settings.maxNetworkRetries())
                .build();
    }
}
