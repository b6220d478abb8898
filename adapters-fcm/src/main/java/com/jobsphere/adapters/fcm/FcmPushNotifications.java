package com.jobsphere.adapters.fcm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobsphere.adapters.fcm.FcmAccessTokens.AccessTokenUnavailable;
import com.jobsphere.application.port.PushNotifications;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link PushNotifications} through FCM HTTP v1: one {@code messages:send} per message, with an
 * OAuth2 access token of the service account. Every failure becomes an outcome; only a null
 * message throws.
 */
final class FcmPushNotifications implements PushNotifications {
    private static final Logger LOG = LoggerFactory.getLogger(FcmPushNotifications.class);

    private final String projectId;
    private final URI sendUri;
    private final BoundedHttp http;
    private final FcmAccessTokens accessTokens;
    private final FcmMessages messages;
    private final ObjectMapper json;
    private final Clock clock;

    FcmPushNotifications(FcmSettings settings, BoundedHttp http, FcmAccessTokens accessTokens, ObjectMapper json,
            Clock clock) {
        this.projectId = settings.projectId();
        this.sendUri = settings.sendUri();
        this.http = Objects.requireNonNull(http, "http");
        this.accessTokens = Objects.requireNonNull(accessTokens, "accessTokens");
        this.json = Objects.requireNonNull(json, "json");
        this.messages = new FcmMessages(json);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public PushOutcome send(PushMessage message) {
        Objects.requireNonNull(message, "message");
        PushOutcome outcome = attempt(message);
        log(outcome);
        return outcome;
    }

    /**
     * One send, repeated once with a renewed access token when FCM refuses the token with a 401: the
     * cached token can be revoked or expire early. A second 401 is a {@code Rejected}, not a loop.
     */
    private PushOutcome attempt(PushMessage message) {
        byte[] body = messages.requestBody(message);
        try {
            String accessToken = accessTokens.current();
            FcmAnswer answer = post(body, accessToken);
            if (answer.refusedTheAccessToken()) {
                answer = post(body, accessTokens.renewedAfter(accessToken));
            }
            return answer.outcome(message.deviceToken(), clock.instant());
        } catch (AccessTokenUnavailable e) {
            String reason = "no FCM access token: " + e.getMessage();
            return e.retryable() ? new PushOutcome.RetryLater(null, reason) : new PushOutcome.Rejected(reason);
        } catch (IOException e) {
            // A timeout or a broken connection: FCM may or may not have delivered, so a retry may repeat it.
            return new PushOutcome.RetryLater(null, "no answer from FCM (" + e.getClass().getSimpleName() + ")");
        }
    }

    private FcmAnswer post(byte[] body, String accessToken) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(sendUri)
                .header("Authorization", "Bearer " + accessToken)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return FcmAnswer.read(http.exchange(request), json);
    }

    /** The project and the outcome only: never the device token, the access token or the message. */
    private void log(PushOutcome outcome) {
        if (outcome instanceof PushOutcome.Delivered) {
            LOG.debug("FCM push for project {}: delivered", projectId);
        } else if (outcome instanceof PushOutcome.RetryLater retry) {
            LOG.info("FCM push for project {}: retry later: {}", projectId, retry.reason());
        } else if (outcome instanceof PushOutcome.TokenGone gone) {
            LOG.info("FCM push for project {}: device token gone: {}", projectId, gone.reason());
        } else if (outcome instanceof PushOutcome.Rejected rejected) {
            LOG.warn("FCM push for project {}: rejected: {}", projectId, rejected.reason());
        }
    }
}
