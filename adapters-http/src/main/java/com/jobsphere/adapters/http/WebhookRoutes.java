package com.jobsphere.adapters.http;

import com.jobsphere.application.UseCases;
import com.jobsphere.application.port.GatewayEvent;
import com.jobsphere.application.port.WebhookVerifier;
import com.jobsphere.domain.common.ValidationFailed;
import io.javalin.http.Context;
import java.util.Map;

/**
 * {@code POST /api/webhooks/stripe}: no access token; the signature is checked on the raw body, exactly
 * as received, before anything is parsed. A bad signature is 400 and changes nothing.
 */
final class WebhookRoutes {
    static final String SIGNATURE_HEADER = "Stripe-Signature";

    private final UseCases useCases;
    private final WebhookVerifier verifier;

    WebhookRoutes(UseCases useCases, WebhookVerifier verifier) {
        this.useCases = useCases;
        this.verifier = verifier;
    }

    void addTo(Api api) {
        api.publicPost("/api/webhooks/stripe", this::receive);
    }

    private Reply receive(Context ctx) {
        String signature = ctx.header(SIGNATURE_HEADER);
        if (signature == null || signature.isBlank()) {
            throw new ValidationFailed(SIGNATURE_HEADER, "Missing Stripe-Signature header");
        }
        GatewayEvent event = verifier.verify(ctx.body(), signature);
        useCases.handleGatewayEvent().execute(event);
        return Reply.ok("Webhook received", Map.of("received", true));
    }
}
