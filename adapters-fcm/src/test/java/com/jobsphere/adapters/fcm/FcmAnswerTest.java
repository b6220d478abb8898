package com.jobsphere.adapters.fcm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobsphere.application.port.PushNotifications.PushOutcome;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How FCM's answers, in the shapes its documentation gives, become outcomes. */
class FcmAnswerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private static final String DEVICE = "dEvIcE:APA91b-token";

    @Test
    void anAcceptedMessageIsDeliveredUnderTheNameFcmGaveIt() {
        assertThat(outcome(200, "{\"name\": \"projects/p/messages/0:1500415314455276%31bd1c96\"}"))
                .isEqualTo(new PushOutcome.Delivered("projects/p/messages/0:1500415314455276%31bd1c96"));
    }

    @Test
    void anAcceptedMessageWithoutANameIsStillDelivered() {
        assertThat(outcome(200, "")).isEqualTo(new PushOutcome.Delivered(""));
    }

    @Test
    void aNotFoundWithFcmsUnregisteredCodeMeansTheTokenIsGone() {
        assertThat(outcome(404, error(404, "NOT_FOUND", "Requested entity was not found.", fcmError("UNREGISTERED"))))
                .isInstanceOf(PushOutcome.TokenGone.class);
    }

    @Test
    void aNotFoundWithoutFcmsCodeIsRejectedBecauseItMayBeAWrongProject() {
        assertThat(outcome(404, error(404, "NOT_FOUND", "Requested entity was not found.", null)))
                .isInstanceOf(PushOutcome.Rejected.class);
    }

    @Test
    void anInvalidArgumentOnTheTokenFieldMeansTheTokenIsGone() {
        String details = fcmError("INVALID_ARGUMENT") + ", {\"@type\": \"type.googleapis.com/google.rpc.BadRequest\","
                + " \"fieldViolations\": [{\"field\": \"message.token\", \"description\": \"Invalid registration token\"}]}";

        assertThat(outcome(400, error(400, "INVALID_ARGUMENT", "Invalid value at 'message.token'", details)))
                .isInstanceOf(PushOutcome.TokenGone.class);
    }

    @Test
    void anInvalidArgumentSayingTheTokenIsNotValidMeansTheTokenIsGone() {
        assertThat(outcome(400, error(400, "INVALID_ARGUMENT",
                "The registration token is not a valid FCM registration token", fcmError("INVALID_ARGUMENT"))))
                .isInstanceOf(PushOutcome.TokenGone.class);
    }

    @Test
    void anInvalidArgumentAboutAnotherFieldIsRejected() {
        String details = fcmError("INVALID_ARGUMENT") + ", {\"@type\": \"type.googleapis.com/google.rpc.BadRequest\","
                + " \"fieldViolations\": [{\"field\": \"message.data[0].key\", \"description\": \"reserved\"}]}";

        assertThat(outcome(400, error(400, "INVALID_ARGUMENT", "Invalid data payload key: from", details)))
                .isInstanceOf(PushOutcome.Rejected.class);
    }

    @Test
    void aSenderMismatchIsRejected() {
        assertThat(outcome(403, error(403, "PERMISSION_DENIED", "SenderId mismatch", fcmError("SENDER_ID_MISMATCH"))))
                .isInstanceOf(PushOutcome.Rejected.class);
    }

    @Test
    void anUnauthenticatedAnswerAsksForAFreshAccessTokenButAThirdPartyAuthErrorDoesNot() {
        FcmAnswer ours = answer(401, error(401, "UNAUTHENTICATED", "Request had invalid authentication credentials.",
                null), Map.of());
        FcmAnswer apns = answer(401, error(401, "UNAUTHENTICATED", "Auth error from APNS or Web Push Service",
                fcmError("THIRD_PARTY_AUTH_ERROR")), Map.of());

        assertThat(ours.refusedTheAccessToken()).isTrue();
        assertThat(apns.refusedTheAccessToken()).isFalse();
        assertThat(apns.outcome(DEVICE, NOW)).isInstanceOf(PushOutcome.Rejected.class);
    }

    @Test
    void serverErrorsAndTheirRetryAfterMeanRetryLater() {
        assertThat(answer(500, error(500, "INTERNAL", "Internal error.", fcmError("INTERNAL")), Map.of())
                .outcome(DEVICE, NOW)).isEqualTo(new PushOutcome.RetryLater(null, "FCM answered 500 INTERNAL "
                        + "(INTERNAL): Internal error."));
        assertThat(answer(503, "{}", Map.of("Retry-After", "7")).outcome(DEVICE, NOW))
                .isInstanceOfSatisfying(PushOutcome.RetryLater.class,
                        retry -> assertThat(retry.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
    }

    @Test
    void aBodyThatIsNotGooglesJsonIsReadAsAnAnswerWithoutDetails() {
        assertThat(outcome(502, "<html><body>Bad Gateway</body></html>"))
                .isEqualTo(new PushOutcome.RetryLater(null, "FCM answered 502"));
        assertThat(outcome(404, "<html>Not Found</html>")).isEqualTo(new PushOutcome.Rejected("FCM answered 404"));
    }

    @Test
    void theDeviceTokenIsScrubbedFromFcmsMessageAndLongMessagesAreCut() {
        PushOutcome quoted = outcome(400, error(400, "INVALID_ARGUMENT", "Bad token " + DEVICE, null));
        PushOutcome chatty = outcome(400, error(400, "INVALID_ARGUMENT", "x".repeat(5_000), null));

        assertThat(quoted.toString()).doesNotContain(DEVICE).contains("<device token>");
        assertThat(((PushOutcome.Rejected) chatty).reason()).hasSizeLessThan(400);
    }

    private static PushOutcome outcome(int status, String body) {
        return answer(status, body, Map.of()).outcome(DEVICE, NOW);
    }

    private static FcmAnswer answer(int status, String body, Map<String, String> headers) {
        Map<String, List<String>> headerLists = new HashMap<>();
        headers.forEach((name, value) -> headerLists.put(name, List.of(value)));
        HttpHeaders httpHeaders = HttpHeaders.of(headerLists, (name, value) -> true);
        return FcmAnswer.read(new BoundedHttp.Response(status, httpHeaders, body.getBytes(StandardCharsets.UTF_8)),
                JSON);
    }

    private static String error(int code, String status, String message, String details) {
        return "{\"error\": {\"code\": " + code + ", \"message\": " + quote(message) + ", \"status\": \"" + status
                + "\"" + (details == null ? "" : ", \"details\": [" + details + "]") + "}}";
    }

    private static String fcmError(String errorCode) {
        return "{\"@type\": \"type.googleapis.com/google.firebase.fcm.v1.FcmError\", \"errorCode\": \"" + errorCode
                + "\"}";
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
