package com.jobsphere.application.wallet;

import com.jobsphere.application.port.GatewayEvent;
import com.jobsphere.application.port.WebhookVerifier;
import com.jobsphere.domain.common.ValidationFailed;

/**
 * A payment provider's webhook: the raw body and its signature, exactly as received. The verifier port checks
 * the signature on the raw body and reads the event; a missing, bad or stale signature is refused (400) and
 * changes nothing. A verified event is applied exactly once.
 */
public final class ReceivePaymentEvent {
    static final String SIGNATURE = "Stripe-Signature";

    private final WebhookVerifier verifier;
    private final ApplyPaymentEvent apply;

    public ReceivePaymentEvent(WebhookVerifier verifier, ApplyPaymentEvent apply) {
        this.verifier = verifier;
        this.apply = apply;
    }

    public record Command(String payload, String signature) {
    }

    public ApplyPaymentEvent.Outcome execute(Command command) {
        GatewayEvent event;
        try {
            if (command.signature() == null || command.signature().isBlank()) {
                throw new ValidationFailed(SIGNATURE, "Missing Stripe-Signature header");
            }
            event = verifier.verify(command.payload() == null ? "" : command.payload(), command.signature());
        } catch (ValidationFailed refused) {
            apply.unverified();
            throw refused;
        }
        return apply.execute(event);
    }
}
