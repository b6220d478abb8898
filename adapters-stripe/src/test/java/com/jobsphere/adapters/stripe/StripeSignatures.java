package com.jobsphere.adapters.stripe;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.stripe.Stripe;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook bodies and signatures as Stripe sends them, for tests. The signature is computed here with
 * the JDK alone, not with stripe-java, so that the verifier is checked against an independent
 * implementation of Stripe's scheme: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">}.
 *
 * <p>Events start from Stripe's event shape ({@code stripe-fixtures/event.json}) and carry a Checkout
 * Session or an Account built from Stripe's shapes too; the builder changes only what a test names.
 */
public final class StripeSignatures {
    /** Stripe sends indented JSON, and the signature covers the exact bytes, whitespace included. */
    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting()
            .create();

    private StripeSignatures() {
    }

    /** The {@code Stripe-Signature} header for {@code payload}, signed with {@code secret} at that time. */
    public static String sign(String payload, String secret, long timestampSeconds) {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(secret, "secret");
        return "t=" + timestampSeconds + ",v1=" + hmacSha256Hex(secret, timestampSeconds + "." + payload);
    }

    public static String sign(String payload, String secret, Instant signedAt) {
        return sign(payload, secret, signedAt.getEpochSecond());
    }

    /** A paid {@code checkout.session.completed} for a deposit: client_reference_id and metadata carry its id. */
    public static EventJson checkoutSessionCompleted(String sessionId, String depositId, long amountTotalCents) {
        return checkoutSession("checkout.session.completed", sessionId, depositId, amountTotalCents, "paid",
                "complete");
    }

    public static EventJson checkoutSessionAsyncPaymentSucceeded(String sessionId, String depositId,
            long amountTotalCents) {
        return checkoutSession("checkout.session.async_payment_succeeded", sessionId, depositId, amountTotalCents,
                "paid", "complete");
    }

    public static EventJson checkoutSessionAsyncPaymentFailed(String sessionId, String depositId,
            long amountTotalCents) {
        return checkoutSession("checkout.session.async_payment_failed", sessionId, depositId, amountTotalCents,
                "unpaid", "complete");
    }

    public static EventJson checkoutSessionExpired(String sessionId, String depositId, long amountTotalCents) {
        return checkoutSession("checkout.session.expired", sessionId, depositId, amountTotalCents, "unpaid",
                "expired");
    }

    /** An {@code account.updated} for a connected account in the given onboarding state. */
    public static EventJson accountUpdated(String accountId, boolean detailsSubmitted, boolean payoutsEnabled) {
        JsonObject account = FakeStripe.fixture("account.json");
        account.addProperty("id", accountId);
        account.addProperty("type", "express");
        account.addProperty("details_submitted", detailsSubmitted);
        account.addProperty("payouts_enabled", payoutsEnabled);
        account.addProperty("charges_enabled", payoutsEnabled);
        return new EventJson("account.updated", account);
    }

    /** An event of any type, carrying the fixture's data object (a plan). */
    public static EventJson event(String type) {
        return new EventJson(type, FakeStripe.fixture("event.json").getAsJsonObject("data").getAsJsonObject("object"));
    }

    private static EventJson checkoutSession(String type, String sessionId, String depositId, long amountTotalCents,
            String paymentStatus, String status) {
        JsonObject session = FakeStripe.fixture("checkout_session.json");
        session.addProperty("id", sessionId);
        session.addProperty("url", "https://checkout.stripe.com/c/pay/" + sessionId);
        session.addProperty("currency", "usd");
        session.addProperty("status", status);
        return new EventJson(type, session)
                .clientReferenceId(depositId)
                .metadata("depositId", depositId)
                .amountTotalCents(amountTotalCents)
                .paymentStatus(paymentStatus);
    }

    private static String hmacSha256Hex(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }

    /**
     * One event's JSON, changed in place by its setters. By default it has a fresh {@code evt_} id and
     * the API version stripe-java is pinned to, as an endpoint created for this library would send.
     */
    public static final class EventJson {
        private final JsonObject event;
        private final JsonObject object;

        private EventJson(String type, JsonObject object) {
            this.event = FakeStripe.fixture("event.json");
            this.object = object;
            event.addProperty("id", "evt_" + UUID.randomUUID().toString().replace("-", ""));
            event.addProperty("type", type);
            event.addProperty("api_version", Stripe.API_VERSION);
            event.addProperty("created", Instant.now().getEpochSecond());
            event.getAsJsonObject("data").add("object", object);
        }

        public EventJson id(String eventId) {
            event.addProperty("id", eventId);
            return this;
        }

        /** Any version, such as {@code 2020-08-27}; null writes {@code "api_version": null}. */
        public EventJson apiVersion(String apiVersion) {
            event.addProperty("api_version", apiVersion);
            return this;
        }

        public EventJson created(long epochSeconds) {
            event.addProperty("created", epochSeconds);
            return this;
        }

        /** Null writes {@code "client_reference_id": null}, as Stripe does for a session without one. */
        public EventJson clientReferenceId(String clientReferenceId) {
            object.addProperty("client_reference_id", clientReferenceId);
            return this;
        }

        public EventJson metadata(String key, String value) {
            JsonObject metadata = object.has("metadata") && object.get("metadata").isJsonObject()
                    ? object.getAsJsonObject("metadata") : new JsonObject();
            metadata.addProperty(key, value);
            object.add("metadata", metadata);
            return this;
        }

        /** Sets {@code amount_total} and {@code amount_subtotal}; null writes nulls. */
        public EventJson amountTotalCents(Long amountTotalCents) {
            object.addProperty("amount_total", amountTotalCents);
            object.addProperty("amount_subtotal", amountTotalCents);
            return this;
        }

        public EventJson paymentStatus(String paymentStatus) {
            object.addProperty("payment_status", paymentStatus);
            return this;
        }

        /** Removes a field of the data object, for events from API versions that lack it. */
        public EventJson withoutField(String name) {
            object.remove(name);
            return this;
        }

        /** Removes the whole data object, for a malformed event. */
        public EventJson withoutDataObject() {
            event.getAsJsonObject("data").add("object", JsonNull.INSTANCE);
            return this;
        }

        /** The body exactly as it is to be signed and sent. */
        public String json() {
            return GSON.toJson(event);
        }

        @Override
        public String toString() {
            return json();
        }
    }
}
