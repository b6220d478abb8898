package com.jobsphere.adapters.http;

import com.jobsphere.application.UseCases;
import com.jobsphere.application.wallet.ReceivePaymentEvent;
import io.javalin.http.Context;
import java.util.Map;

/**
 * {@code POST /api/webhooks/stripe}: no access token. The raw body, exactly as received, and its
 * {@code Stripe-Signature} go to the use case, which has the signature checked before anything is read.
 * A missing or bad signature is 400 and changes nothing.
 */
final class WebhookRoutes {
    static final String SIGNATURE_HEADER = "Stripe-Signature";

    private final UseCases useCases;

    WebhookRoutes(UseCases useCases) {
        this.useCases = useCases;
    }

    void addTo(Api api) {
        api.publicPost("/api/webhooks/stripe", this::receive);
    }

    private Reply receive(Context ctx) {
        useCases.receivePaymentEvent().execute(new ReceivePaymentEvent.Command(ctx.body(), ctx.header(SIGNATURE_HEADER)));
        return Reply.ok("Webhook received", Map.of("received", true));
    }
}
