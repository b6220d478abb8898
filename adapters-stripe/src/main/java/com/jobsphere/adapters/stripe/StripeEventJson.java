package com.jobsphere.adapters.stripe;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.jobsphere.application.port.GatewayEvent;
import com.jobsphere.domain.common.DepositId;
import com.jobsphere.domain.common.ValidationFailed;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the fields the service acts on from a Stripe event's raw JSON. Those fields ({@code id},
 * {@code type}, {@code api_version}, and the few fields of {@code data.object} below) have kept their
 * names and types across API versions, so reading them directly works for an event in any version,
 * while stripe-java's typed data object is withheld when the event's version differs from its own.
 *
 * <p>The body is only read after its signature holds, so a body that is not a well-formed event is
 * unexpected; it is refused as invalid rather than half-read.
 */
final class StripeEventJson {
    private static final Logger LOG = LoggerFactory.getLogger(StripeEventJson.class);
    static final String BODY_FIELD = "body";
    private static final String ACCOUNT_UPDATED = "account.updated";

    private StripeEventJson() {
    }

    /**
     * The event in the service's words. Stripe's vocabulary stops here: a paid Checkout Session (completed and
     * paid, or its asynchronous payment succeeded) is a deposit paid; an expired one, or a failed asynchronous
     * payment, a deposit failed; {@code account.updated} an account's new state; everything else is ignored,
     * including a session completed with its payment still on the way.
     */
    static GatewayEvent read(String payload) {
        JsonObject event = parseObject(payload);
        String id = requiredString(event, "id");
        String type = requiredString(event, "type");
        return switch (type) {
            case "checkout.session.completed" -> {
                JsonObject session = dataObject(event);
                String paymentStatus = optionalString(session, "payment_status");
                yield "paid".equals(paymentStatus) || "no_payment_required".equals(paymentStatus)
                        ? paid(id, type, session) : new GatewayEvent.Ignored(id, type);
            }
            case "checkout.session.async_payment_succeeded" -> paid(id, type, dataObject(event));
            case "checkout.session.async_payment_failed", "checkout.session.expired" -> {
                JsonObject session = dataObject(event);
                yield new GatewayEvent.DepositFailed(id, requiredString(session, "id"), depositId(session));
            }
            case ACCOUNT_UPDATED -> {
                JsonObject account = dataObject(event);
                yield new GatewayEvent.AccountUpdated(id, requiredString(account, "id"),
                        Boolean.TRUE.equals(optionalBoolean(account, "details_submitted")),
                        Boolean.TRUE.equals(optionalBoolean(account, "payouts_enabled")));
            }
            default -> new GatewayEvent.Ignored(id, type);
        };
    }

    /** A paid session names the amount it collected; one that does not can credit nothing, and says so loudly. */
    private static GatewayEvent paid(String id, String type, JsonObject session) {
        Long amountTotal = optionalCents(session, "amount_total");
        if (amountTotal == null) {
            LOG.error("ALERT Stripe event {} ({}) reports a paid session without amount_total; nothing credited", id, type);
            return new GatewayEvent.Ignored(id, type + " without amount_total");
        }
        return new GatewayEvent.DepositPaid(id, requiredString(session, "id"), depositId(session), amountTotal);
    }

    /** The deposit the session was made for: its client reference, else its metadata; null if neither is usable. */
    private static DepositId depositId(JsonObject session) {
        String value = optionalString(session, "client_reference_id");
        if (value == null) {
            value = optionalString(optionalObject(session, "metadata"), "depositId");
        }
        try {
            return value == null ? null : new DepositId(value);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static JsonObject parseObject(String payload) {
        JsonElement root;
        try {
            root = JsonParser.parseString(payload);
        } catch (JsonParseException e) {
            throw malformed("is not JSON");
        }
        if (!root.isJsonObject()) {
            throw malformed("is not a JSON object");
        }
        return root.getAsJsonObject();
    }

    private static JsonObject dataObject(JsonObject event) {
        JsonObject data = optionalObject(event, "data");
        JsonObject object = optionalObject(data, "object");
        if (object == null) {
            throw malformed("has no data.object");
        }
        return object;
    }

    /** The member as an object, or null when the parent is null or the member is absent or null. */
    private static JsonObject optionalObject(JsonObject parent, String name) {
        JsonElement element = parent == null ? null : parent.get(name);
        if (element == null || element.isJsonNull()) {
            return null;
        }
        if (!element.isJsonObject()) {
            throw malformed("has a " + name + " that is not an object");
        }
        return element.getAsJsonObject();
    }

    private static String requiredString(JsonObject parent, String name) {
        String value = optionalString(parent, name);
        if (value == null || value.isBlank()) {
            throw malformed("has no " + name);
        }
        return value;
    }

    private static String optionalString(JsonObject parent, String name) {
        return optionalValue(parent, name, JsonPrimitive::isString, "a string", JsonPrimitive::getAsString);
    }

    /** Cents are whole numbers; a fraction or a value beyond a {@code long} is refused, never rounded. */
    private static Long optionalCents(JsonObject parent, String name) {
        return optionalValue(parent, name, JsonPrimitive::isNumber, "a number", number -> {
            try {
                return number.getAsBigDecimal().longValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw malformed("has a " + name + " that is not a whole number of cents");
            }
        });
    }

    private static Boolean optionalBoolean(JsonObject parent, String name) {
        return optionalValue(parent, name, JsonPrimitive::isBoolean, "a boolean", JsonPrimitive::getAsBoolean);
    }

    /** The member's value, null when absent or null, and refused when it is not of the expected kind. */
    private static <T> T optionalValue(JsonObject parent, String name, Predicate<JsonPrimitive> isKind, String kind,
            Function<JsonPrimitive, T> value) {
        JsonPrimitive primitive = optionalPrimitive(parent, name);
        if (primitive == null) {
            return null;
        }
        if (!isKind.test(primitive)) {
            throw malformed("has a " + name + " that is not " + kind);
        }
        return value.apply(primitive);
    }

    private static JsonPrimitive optionalPrimitive(JsonObject parent, String name) {
        JsonElement element = parent == null ? null : parent.get(name);
        if (element == null || element.isJsonNull()) {
            return null;
        }
        if (!element.isJsonPrimitive()) {
            throw malformed("has a " + name + " that is not a single value");
        }
        return element.getAsJsonPrimitive();
    }

    private static ValidationFailed malformed(String problem) {
        return new ValidationFailed(BODY_FIELD, "The Stripe event " + problem);
    }
}
