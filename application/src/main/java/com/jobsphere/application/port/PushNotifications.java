package com.jobsphere.application.port;

import com.jobsphere.domain.common.Checks;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Push notifications to users' devices: Firebase Cloud Messaging HTTP v1 in production. Called only
 * after the notification's transaction committed, never inside a database transaction, because a
 * send waits on the network for up to its request timeout.
 */
public interface PushNotifications {
    /**
     * Sends one message to one device and reports what became of it. A delivery failure is an
     * outcome, never an exception: only a programmer error (a null message) throws. The send is not
     * idempotent: repeating after a {@link PushOutcome.RetryLater} may show the message twice, when
     * the provider delivered it but its answer was lost. Every network call is bounded by the
     * adapter's timeouts; one send makes at most four (an access token and the message, and once
     * more each when the provider refuses the access token).
     */
    PushOutcome send(PushMessage message);

    /**
     * One message for one device. Every data value is a string, as FCM requires.
     *
     * @param deviceToken the registration token of the device; hidden by {@link #toString()}, because
     *                    anyone holding it and the server's credentials can reach the device
     * @param title       the notification's title, shown by the device
     * @param body        the notification's text, shown by the device
     * @param data        string pairs handed to the app, such as {@code type} and {@code depositId}
     */
    record PushMessage(String deviceToken, String title, String body, Map<String, String> data) {
        public PushMessage {
            Objects.requireNonNull(deviceToken, "deviceToken");
            Checks.require(!deviceToken.isBlank(), "deviceToken must not be blank");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(data, "data");
            // No null reaches the wire as a JSON null; the order is kept, so that the type comes first.
            Map<String, String> copy = new LinkedHashMap<>();
            data.forEach((key, value) -> copy.put(Objects.requireNonNull(key, "data key"),
                    Objects.requireNonNull(value, key)));
            data = Collections.unmodifiableMap(copy);
        }

        /** The device token is left out: messages end up in logs and assertion messages. */
        @Override
        public String toString() {
            return "PushMessage[deviceToken=<hidden>, title=" + title + ", body=" + body + ", data=" + data + "]";
        }
    }

    /** What became of one send. No reason ever contains the device token or an access token. */
    sealed interface PushOutcome {
        /** The provider accepted the message; {@code messageId} is its name for it, empty if it gave none. */
        record Delivered(String messageId) implements PushOutcome {
            public Delivered {
                Objects.requireNonNull(messageId, "messageId");
            }
        }

        /**
         * 429, 5xx, a timeout, a broken connection or an unreachable token endpoint: try again later.
         * {@code retryAfter} is the provider's {@code Retry-After}, or null when it named none.
         */
        record RetryLater(Duration retryAfter, String reason) implements PushOutcome {
            public RetryLater {
                Checks.require(retryAfter == null || !retryAfter.isNegative(), "retryAfter must not be negative");
                Objects.requireNonNull(reason, "reason");
            }
        }

        /**
         * The device token is no longer valid (FCM's {@code UNREGISTERED} 404, or a 400
         * {@code INVALID_ARGUMENT} about the token): forget the token.
         */
        record TokenGone(String reason) implements PushOutcome {
            public TokenGone {
                Objects.requireNonNull(reason, "reason");
            }
        }

        /**
         * Refused for any other reason (a bad request, 401/403 authentication, an unknown project, a
         * service account the token endpoint refuses): retrying the same message will not help.
         */
        record Rejected(String reason) implements PushOutcome {
            public Rejected {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }
}
