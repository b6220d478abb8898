package com.jobsphere.adapters.stripe;

import com.jobsphere.domain.common.Checks;
import java.util.Objects;

/**
 * Everything the Stripe adapter needs, passed explicitly rather than read from the environment or
 * left to stripe-java's defaults.
 *
 * @param secretKey            the API secret key; never logged, and hidden by {@link #toString()}
 * @param webhookSecret        the signing secret of the platform webhook endpoint
 * @param connectWebhookSecret the signing secret of the Connect webhook endpoint, or null when there
 *                             is none; a blank value counts as none
 * @param apiBase              where the API lives, {@value #DEFAULT_API_BASE} unless a test points it
 *                             at a fake; a trailing slash is dropped
 * @param successUrl           where Checkout sends the payer after paying
 * @param cancelUrl            where Checkout sends the payer after giving up
 * @param refreshUrl           where an expired onboarding link sends the contractor
 * @param returnUrl            where onboarding sends the contractor when it is done
 * @param connectTimeoutMillis the limit on opening a connection to Stripe
 * @param readTimeoutMillis    the limit on waiting for Stripe's answer
 * @param maxNetworkRetries    how often stripe-java itself retries a failed call, with the same
 *                             idempotency key, before the adapter reports the gateway unavailable
 */
public record StripeSettings(String secretKey, String webhookSecret, String connectWebhookSecret, String apiBase,
        String successUrl, String cancelUrl, String refreshUrl, String returnUrl, int connectTimeoutMillis,
        int readTimeoutMillis, int maxNetworkRetries) {

    public static final String DEFAULT_API_BASE = "https://api.stripe.com";
    public static final int DEFAULT_CONNECT_TIMEOUT_MILLIS = 10_000;
    public static final int DEFAULT_READ_TIMEOUT_MILLIS = 20_000;
    public static final int DEFAULT_MAX_NETWORK_RETRIES = 2;

    /** Each retry sleeps with exponential back-off, so a larger number would hold a request thread for long. */
    public static final int MOST_NETWORK_RETRIES = 5;

    /** The longest timeout accepted; a request thread should never wait on Stripe for longer. */
    public static final int MOST_TIMEOUT_MILLIS = 120_000;

    public StripeSettings {
        requireText(secretKey, "secretKey");
        requireText(webhookSecret, "webhookSecret");
        connectWebhookSecret = connectWebhookSecret == null || connectWebhookSecret.isBlank() ? null
                : connectWebhookSecret;
        apiBase = normalizedApiBase(apiBase);
        requireText(successUrl, "successUrl");
        requireText(cancelUrl, "cancelUrl");
        requireText(refreshUrl, "refreshUrl");
        requireText(returnUrl, "returnUrl");
        requireTimeout(connectTimeoutMillis, "connectTimeoutMillis");
        requireTimeout(readTimeoutMillis, "readTimeoutMillis");
        Checks.require(maxNetworkRetries >= 0, "maxNetworkRetries must not be negative");
        Checks.require(maxNetworkRetries <= MOST_NETWORK_RETRIES,
                "maxNetworkRetries must be at most " + MOST_NETWORK_RETRIES);
    }

    /**
     * Settings with the production timeouts and retries (10 s to connect, 20 s to read, 2 retries).
     * A null or blank {@code apiBase} means {@value #DEFAULT_API_BASE}.
     */
    public static StripeSettings withDefaults(String secretKey, String webhookSecret, String connectWebhookSecret,
            String apiBase, String successUrl, String cancelUrl, String refreshUrl, String returnUrl) {
        String base = apiBase == null || apiBase.isBlank() ? DEFAULT_API_BASE : apiBase;
        return new StripeSettings(secretKey, webhookSecret, connectWebhookSecret, base, successUrl, cancelUrl,
                refreshUrl, returnUrl, DEFAULT_CONNECT_TIMEOUT_MILLIS, DEFAULT_READ_TIMEOUT_MILLIS,
                DEFAULT_MAX_NETWORK_RETRIES);
    }

    /** The same settings with other timeouts and retries, for tests that need a fast or a retrying client. */
    public StripeSettings withNetwork(int connectTimeoutMillis, int readTimeoutMillis, int maxNetworkRetries) {
        return new StripeSettings(secretKey, webhookSecret, connectWebhookSecret, apiBase, successUrl, cancelUrl,
                refreshUrl, returnUrl, connectTimeoutMillis, readTimeoutMillis, maxNetworkRetries);
    }

    /** The secrets are left out, because settings end up in start-up logs and exception messages. */
    @Override
    public String toString() {
        return "StripeSettings[secretKey=<hidden>, webhookSecret=<hidden>, connectWebhookSecret="
                + (connectWebhookSecret == null ? "<none>" : "<hidden>") + ", apiBase=" + apiBase
                + ", successUrl=" + successUrl + ", cancelUrl=" + cancelUrl + ", refreshUrl=" + refreshUrl
                + ", returnUrl=" + returnUrl + ", connectTimeoutMillis=" + connectTimeoutMillis
                + ", readTimeoutMillis=" + readTimeoutMillis + ", maxNetworkRetries=" + maxNetworkRetries + "]";
    }

    private static String normalizedApiBase(String apiBase) {
        requireText(apiBase, "apiBase");
        Checks.require(apiBase.startsWith("https://") || apiBase.startsWith("http://"),
                "apiBase must be an http or https URL");
        // stripe-java appends "/v1/..." to the base, so a trailing slash would double it.
        String base = apiBase;
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base;
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        Checks.require(!value.isBlank(), name + " must not be blank");
    }

    private static void requireTimeout(int millis, String name) {
        Checks.require(millis > 0, name + " must be positive");
        Checks.require(millis <= MOST_TIMEOUT_MILLIS, name + " must be at most " + MOST_TIMEOUT_MILLIS);
    }
}
