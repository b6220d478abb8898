package com.jobsphere.adapters.stripe;

import com.jobsphere.application.port.GatewayEvent;
import com.jobsphere.application.port.WebhookVerifier;
import com.jobsphere.domain.common.ValidationFailed;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies Stripe's signature on the raw webhook body with stripe-java's
 * {@link Webhook.Signature#verifyHeader}, against the platform endpoint's secret and, when there is
 * one, the Connect endpoint's secret: Connect events arrive at their own endpoint, signed with its
 * own secret, so either secret is accepted.
 *
 * <p>Only after the signature holds is the body read, and it is read as raw JSON by
 * {@link StripeEventJson} rather than through stripe-java's typed event, whose data object is
 * withheld when the event's API version differs from the library's.
 */
final class StripeWebhookVerifier implements WebhookVerifier {
    /** Stripe's own default: a signature older than five minutes may be a replay. */
    static final long TOLERANCE_SECONDS = 300;
    static final String SIGNATURE_FIELD = "Stripe-Signature";

    private static final Logger LOG = LoggerFactory.getLogger(StripeWebhookVerifier.class);

    /**
     * Comma-separated {@code key=value} items, with a numeric timestamp. stripe-java assumes this
     * shape and fails with an unchecked exception on anything else, so the shape is checked first.
     */
    private static final Pattern HEADER_ITEM = Pattern.compile("[^=,]+=[^,]*");
    private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{1,18}");

    private final List<String> secrets;
    private final Clock clock;

    StripeWebhookVerifier(String webhookSecret, String connectWebhookSecret, Clock clock) {
        List<String> known = new ArrayList<>();
        known.add(Objects.requireNonNull(webhookSecret, "webhookSecret"));
        if (connectWebhookSecret != null) {
            known.add(connectWebhookSecret);
        }
        this.secrets = List.copyOf(known);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public GatewayEvent verify(String payload, String signatureHeader) {
        Objects.requireNonNull(payload, "payload");
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw invalid("Stripe-Signature header is missing");
        }
        if (!isWellFormed(signatureHeader)) {
            throw invalid("Stripe-Signature header is malformed");
        }
        List<String> reasons = new ArrayList<>();
        for (String secret : secrets) {
            if (signs(secret, payload, signatureHeader, reasons)) {
                return StripeEventJson.read(payload);
            }
        }
        // stripe-java's reasons tell a mismatch from a stale timestamp; they are for operators, not callers.
        LOG.warn("Refused a Stripe webhook: {}", reasons);
        throw invalid("Stripe-Signature does not match the body or is older than " + TOLERANCE_SECONDS + " seconds");
    }

    /** Whether {@code secret} made this signature within the tolerance; if not, adds stripe-java's reason. */
    private boolean signs(String secret, String payload, String signatureHeader, List<String> reasons) {
        try {
            return Webhook.Signature.verifyHeader(payload, signatureHeader, secret, TOLERANCE_SECONDS, clock);
        } catch (SignatureVerificationException e) {
            reasons.add(e.getMessage());
            return false;
        }
    }

    private static boolean isWellFormed(String header) {
        for (String item : header.split(",", -1)) {
            if (!HEADER_ITEM.matcher(item).matches()) {
                return false;
            }
            if (item.startsWith("t=") && !TIMESTAMP.matcher(item.substring(2)).matches()) {
                return false;
            }
        }
        return true;
    }

    private static ValidationFailed invalid(String message) {
        return new ValidationFailed(SIGNATURE_FIELD, message);
    }
}
