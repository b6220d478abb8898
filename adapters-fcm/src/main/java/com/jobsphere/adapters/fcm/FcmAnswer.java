package com.jobsphere.adapters.fcm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobsphere.application.port.PushNotifications.PushOutcome;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One answer of FCM's {@code messages:send}, read: its status, its {@code Retry-After}, and the
 * parts of Google's error JSON that decide what to do:
 * <pre>{"error": {"code": 404, "message": "...", "status": "NOT_FOUND", "details": [
 *   {"@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError", "errorCode": "UNREGISTERED"},
 *   {"@type": "type.googleapis.com/google.rpc.BadRequest",
 *    "fieldViolations": [{"field": "message.token", "description": "..."}]}]}}</pre>
 */
record FcmAnswer(int statusCode, String retryAfter, String messageName, String status, String message,
        String errorCode, List<String> violatedFields) {

    private static final String FCM_ERROR = "type.googleapis.com/google.firebase.fcm.v1.FcmError";
    private static final String BAD_REQUEST = "type.googleapis.com/google.rpc.BadRequest";
    private static final String TOKEN_FIELD = "message.token";
    private static final String NOT_A_VALID_TOKEN = "not a valid FCM registration token";
    /** Reasons end up in logs and in the outbox; FCM's messages are short, a page of HTML is not. */
    private static final int MOST_REASON_CHARS = 300;

    FcmAnswer {
        violatedFields = List.copyOf(violatedFields);
    }

    /** Reads an answer; a body that is not Google's JSON is read as an answer without details. */
    static FcmAnswer read(BoundedHttp.Response response, ObjectMapper json) {
        String retryAfter = response.headers().firstValue("Retry-After").orElse(null);
        JsonNode body = parse(response.body(), json);
        JsonNode error = body.path("error");
        String errorCode = null;
        List<String> violatedFields = new ArrayList<>();
        for (JsonNode detail : error.path("details")) {
            String type = detail.path("@type").asText("");
            if (type.equals(FCM_ERROR)) {
                errorCode = textOrNull(detail.path("errorCode"));
            } else if (type.equals(BAD_REQUEST)) {
                detail.path("fieldViolations").forEach(violation -> violatedFields.add(violation.path("field")
                        .asText("")));
            }
        }
        return new FcmAnswer(response.statusCode(), retryAfter, textOrNull(body.path("name")),
                textOrNull(error.path("status")), textOrNull(error.path("message")), errorCode, violatedFields);
    }

    /**
     * A 401 about our access token, which a fresh token may cure. {@code THIRD_PARTY_AUTH_ERROR} is a
     * 401 too, but about the APNs or web-push credentials stored in Firebase, which no token cures.
     */
    boolean refusedTheAccessToken() {
        return statusCode == 401 && !"THIRD_PARTY_AUTH_ERROR".equals(errorCode);
    }

    /**
     * What became of the message. {@code deviceToken} is scrubbed from FCM's message, in case FCM
     * ever quotes it, so that no reason carries it into a log.
     */
    PushOutcome outcome(String deviceToken, Instant now) {
        if (statusCode >= 200 && statusCode < 300) {
            return new PushOutcome.Delivered(messageName == null ? "" : messageName);
        }
        String reason = reason(deviceToken);
        if (statusCode == 429 || statusCode >= 500 || statusCode == 408) {
            return new PushOutcome.RetryLater(RetryAfter.parse(retryAfter, now), reason);
        }
        if (tokenIsGone()) {
            return new PushOutcome.TokenGone(reason);
        }
        return new PushOutcome.Rejected(reason);
    }

    /**
     * Only FCM's own {@code UNREGISTERED} marks a 404 as the device's: a bare 404 {@code NOT_FOUND}
     * is also what a wrong project id or API base gets, and forgetting every device's token for a
     * configuration mistake could not be undone.
     */
    private boolean tokenIsGone() {
        if (statusCode == 404) {
            return "UNREGISTERED".equals(errorCode);
        }
        if (statusCode == 400 && ("INVALID_ARGUMENT".equals(errorCode) || "INVALID_ARGUMENT".equals(status))) {
            return violatedFields.contains(TOKEN_FIELD)
                    || (message != null && message.contains(NOT_A_VALID_TOKEN));
        }
        return false;
    }

    private String reason(String deviceToken) {
        StringBuilder reason = new StringBuilder("FCM answered ").append(statusCode);
        if (status != null) {
            reason.append(' ').append(status);
        }
        if (errorCode != null) {
            reason.append(" (").append(errorCode).append(')');
        }
        if (message != null) {
            reason.append(": ").append(message.replace(deviceToken, "<device token>"));
        }
        return reason.length() <= MOST_REASON_CHARS ? reason.toString()
                : reason.substring(0, MOST_REASON_CHARS) + "...";
    }

    private static JsonNode parse(byte[] body, ObjectMapper json) {
        try {
            JsonNode node = json.readTree(body);
            return node == null ? json.missingNode() : node;
        } catch (IOException e) {
            // A proxy's HTML error page, say: the status alone then decides, which is all it can tell.
            return json.missingNode();
        }
    }

    private static String textOrNull(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
