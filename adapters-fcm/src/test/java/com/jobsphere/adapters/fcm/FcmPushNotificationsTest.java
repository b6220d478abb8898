package com.jobsphere.adapters.fcm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobsphere.application.port.PushNotifications;
import com.jobsphere.application.port.PushNotifications.PushMessage;
import com.jobsphere.application.port.PushNotifications.PushOutcome;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adapter against {@link FakeFcm}: real HTTP, a real google-auth token exchange with a JWT
 * signed by a key from a service-account file, and FCM's error shapes.
 */
class FcmPushNotificationsTest {
    /** Short enough to keep timeout tests fast, long enough for a loopback answer on a busy build machine. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofMillis(2_000);
    /** Well past the timeout, so that a send that waited for the answer cannot pass for one that gave up. */
    private static final Duration PAST_REQUEST_TIMEOUT = REQUEST_TIMEOUT.plusMillis(2_000);
    private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(1_000);
    private static final String DEVICE = "device-token-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    private FakeFcm fcm;
    private Path credentials;

    @BeforeEach
    void startFakeFcm() {
        fcm = new FakeFcm().start();
        credentials = ServiceAccountFiles.writeFor(fcm, directory);
    }

    @AfterEach
    void stopFakeFcm() {
        fcm.close();
    }

    @Test
    void aDeliveredMessageHasExactlyTheFcmV1ShapeWithStringData() throws IOException {
        PushOutcome outcome = push().send(new PushMessage(DEVICE, "Deposit received", "$100.00 is in your wallet",
                Map.of("type", "deposit_completed", "depositId", "dep_1", "amount", "100.00")));

        FakeFcm.DeliveredMessage delivered = fcm.deliveredTo(DEVICE).get(0);
        assertThat(outcome).isEqualTo(new PushOutcome.Delivered(delivered.name()));
        assertThat(delivered.name()).startsWith("projects/" + FakeFcm.DEFAULT_PROJECT_ID + "/messages/");
        assertThat(delivered.request()).isEqualTo(JSON.readTree("""
                {"message": {
                  "token": "device-token-1",
                  "notification": {"title": "Deposit received", "body": "$100.00 is in your wallet"},
                  "data": {"type": "deposit_completed", "depositId": "dep_1", "amount": "100.00"}}}
                """));
        JsonNode data = delivered.request().path("message").path("data");
        data.properties().forEach(field -> assertThat(field.getValue().isTextual()).as(field.getKey()).isTrue());
    }

    @Test
    void theAccessTokenComesFromTheFilesTokenUriAndIsReusedAcrossSends() {
        PushNotifications push = push();

        for (int i = 0; i < 5; i++) {
            assertThat(push.send(message(DEVICE))).isInstanceOf(PushOutcome.Delivered.class);
        }

        // The file's token_uri is the fake's: had google-auth gone to Google's endpoint, no send would pass.
        assertThat(fcm.tokenRequests()).isEqualTo(1);
        assertThat(fcm.sendAttempts()).isEqualTo(5);
        assertThat(fcm.deliveredTo(DEVICE)).hasSize(5);
    }

    @Test
    void concurrentSendsShareOneTokenRequest() throws Exception {
        PushNotifications push = push();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<PushOutcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String device = "device-" + i;
                outcomes.add(threads.submit(() -> push.send(message(device))));
            }
            for (Future<PushOutcome> outcome : outcomes) {
                assertThat(outcome.get()).isInstanceOf(PushOutcome.Delivered.class);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(fcm.tokenRequests()).isEqualTo(1);
        assertThat(fcm.delivered()).hasSize(20);
    }

    @Test
    void anUnavailableFcmIsRetriedAfterTheSecondsOfItsRetryAfter() {
        fcm.failNextSends(1, "30");
        PushNotifications push = push();

        PushOutcome outcome = push.send(message(DEVICE));

        assertThat(outcome).isInstanceOf(PushOutcome.RetryLater.class);
        PushOutcome.RetryLater retry = (PushOutcome.RetryLater) outcome;
        assertThat(retry.retryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(retry.reason()).contains("503").contains("UNAVAILABLE");
        assertThat(push.send(message(DEVICE))).isInstanceOf(PushOutcome.Delivered.class);
    }

    @Test
    void aRetryAfterGivenAsAnHttpDateBecomesTheWaitUntilThatDate() {
        Instant now = Instant.parse("2030-01-02T03:04:05Z");
        String inTwoMinutes = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(120).atOffset(ZoneOffset.UTC));
        fcm.failNextSends(1, inTwoMinutes);
        PushNotifications push = FcmAdapter.create(settings(), Clock.fixed(now, ZoneOffset.UTC)).pushNotifications();

        PushOutcome outcome = push.send(message(DEVICE));

        assertThat(outcome).isInstanceOfSatisfying(PushOutcome.RetryLater.class,
                retry -> assertThat(retry.retryAfter()).isEqualTo(Duration.ofMinutes(2)));
    }

    @Test
    void aRateLimitWithoutRetryAfterIsRetriedLaterAtTheDispatchersPace() {
        fcm.rateLimitNextSend();

        PushOutcome outcome = push().send(message(DEVICE));

        assertThat(outcome).isInstanceOfSatisfying(PushOutcome.RetryLater.class, retry -> {
            assertThat(retry.retryAfter()).isNull();
            assertThat(retry.reason()).contains("429").contains("QUOTA_EXCEEDED");
        });
    }

    @Test
    void aSendWhoseAnswerComesAfterTheRequestTimeoutIsRetriedLater() {
        PushNotifications push = push();
        push.send(message(DEVICE)); // fetches the access token, so the timing below is the send's alone
        fcm.delayNextSend(PAST_REQUEST_TIMEOUT);

        long started = System.nanoTime();
        PushOutcome outcome = push.send(message(DEVICE));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(outcome).isInstanceOfSatisfying(PushOutcome.RetryLater.class, retry -> {
            assertThat(retry.retryAfter()).isNull();
            assertThat(retry.reason()).contains("HttpTimeoutException");
        });
        assertThat(took).isGreaterThanOrEqualTo(REQUEST_TIMEOUT).isLessThan(PAST_REQUEST_TIMEOUT);
    }

    @Test
    void anFcmThatCannotBeReachedIsRetriedLater() throws IOException {
        FcmSettings settings = new FcmSettings(fcm.projectId(), credentials, closedPort(), CONNECT_TIMEOUT,
                REQUEST_TIMEOUT);

        PushOutcome outcome = FcmAdapter.create(settings).pushNotifications().send(message(DEVICE));

        assertThat(outcome).isInstanceOfSatisfying(PushOutcome.RetryLater.class,
                retry -> assertThat(retry.reason()).contains("ConnectException"));
    }

    @Test
    void anUnregisteredDeviceTokenIsGone() {
        fcm.markUnregistered(DEVICE);

        PushOutcome outcome = push().send(message(DEVICE));

        assertThat(outcome).isInstanceOfSatisfying(PushOutcome.TokenGone.class,
                gone -> assertThat(gone.reason()).contains("404").contains("UNREGISTERED"));
        assertThat(fcm.delivered()).isEmpty();
    }

    @Test
    void aDeviceTokenFcmCallsInvalidIsGone() {
        fcm.markInvalid(DEVICE);

        PushOutcome outcome = push().send(message(DEVICE));

        assertThat(outcome).isInstanceOfSatisfying(PushOutcome.TokenGone.class,
                gone -> assertThat(gone.reason()).contains("400").contains("INVALID_ARGUMENT"));
    }

    @Test
    void aBadRequestAboutAnythingButTheTokenIsRejectedAndTheTokenKept() {
        // FCM reserves the data key "from" for itself and refuses the message, not the device.
        PushOutcome outcome = push().send(new PushMessage(DEVICE, "t", "b", Map.of("from", "someone")));

        assertThat(outcome).isInstanceOfSatisfying(PushOutcome.Rejected.class,
                rejected -> assertThat(rejected.reason()).contains("400").contains("message.data[from]"));
        assertThat(fcm.delivered()).isEmpty();
    }

    @Test
    void aProjectTheServiceAccountMayNotSendForIsRejected() {
        FcmSettings settings = new FcmSettings("someone-elses-project", credentials, fcm.apiBase(), CONNECT_TIMEOUT,
                REQUEST_TIMEOUT);

        PushOutcome outcome = FcmAdapter.create(settings).pushNotifications().send(message(DEVICE));

        assertThat(outcome).isInstanceOfSatisfying(PushOutcome.Rejected.class,
                rejected -> assertThat(rejected.reason()).contains("403").contains("PERMISSION_DENIED"));
    }

    @Test
    void aWrongApiBaseIsRejectedAndNeverTakenForAGoneToken() {
        FcmSettings settings = new FcmSettings(fcm.projectId(), credentials, URI.create(fcm.apiBase() + "/elsewhere"),
                CONNECT_TIMEOUT, REQUEST_TIMEOUT);

        PushOutcome outcome = FcmAdapter.create(settings).pushNotifications().send(message(DEVICE));

        assertThat(outcome).isInstanceOfSatisfying(PushOutcome.Rejected.class,
                rejected -> assertThat(rejected.reason()).contains("404").contains("NOT_FOUND"));
    }

    @Test
    void aRevokedAccessTokenIsRenewedOnceAndTheSendRepeated() {
        PushNotifications push = push();
        push.send(message(DEVICE));
        fcm.revokeAccessTokens();

        PushOutcome outcome = push.send(message(DEVICE));

        assertThat(outcome).isInstanceOf(PushOutcome.Delivered.class);
        assertThat(fcm.tokenRequests()).isEqualTo(2);
        assertThat(fcm.sendAttempts()).isEqualTo(3);
        assertThat(fcm.deliveredTo(DEVICE)).hasSize(2);
    }

    @Test
    void anAccessTokenRefusedEvenWhenFreshIsRejectedAfterOneRepeat() {
        fcm.refuseNextSendsAsUnauthenticated(3);

        PushOutcome outcome = push().send(message(DEVICE));

        assertThat(outcome).isInstanceOfSatisfying(PushOutcome.Rejected.class,
                rejected -> assertThat(rejected.reason()).contains("401").contains("UNAUTHENTICATED"));
        assertThat(fcm.sendAttempts()).isEqualTo(2);
        assertThat(fcm.tokenRequests()).isEqualTo(2);
    }

    @Test
    void aTokenEndpointThatIsDownMeansRetryLaterWithoutRetryingInsideTheSend() {
        fcm.failNextTokenRequests(1);
        PushNotifications push = push();

        PushOutcome outcome = push.send(message(DEVICE));

        assertThat(outcome).isInstanceOfSatisfying(PushOutcome.RetryLater.class, retry -> {
            assertThat(retry.retryAfter()).isNull();
            assertThat(retry.reason()).contains("token endpoint answered 503");
        });
        assertThat(fcm.tokenRequests()).isEqualTo(1);
        assertThat(fcm.sendAttempts()).isZero();
        assertThat(push.send(message(DEVICE))).isInstanceOf(PushOutcome.Delivered.class);
    }

    @Test
    void aTokenEndpointThatCannotBeReachedMeansRetryLater() throws IOException {
        Path unreachable = ServiceAccountFiles.write(directory, fcm.projectId(), URI.create(closedPort() + "/token"),
                fcm.issueServiceAccountKey());

        PushOutcome outcome = push(unreachable).send(message(DEVICE));

        assertThat(outcome).isInstanceOfSatisfying(PushOutcome.RetryLater.class,
                retry -> assertThat(retry.reason()).contains("token endpoint could not be reached (ConnectException)"));
    }

    @Test
    void aServiceAccountKeyTheTokenEndpointRefusesIsRejected() {
        // A key the fake never issued: its signature does not verify, as after the key was deleted.
        Path untrusted = ServiceAccountFiles.write(directory, fcm.projectId(), fcm.tokenUri(),
                FakeFcm.ServiceAccountKey.generate("stranger@" + fcm.projectId() + ".iam.gserviceaccount.com"));

        PushOutcome outcome = push(untrusted).send(message(DEVICE));

        assertThat(outcome).isInstanceOfSatisfying(PushOutcome.Rejected.class,
                rejected -> assertThat(rejected.reason()).contains("token endpoint answered 400"));
        assertThat(fcm.sendAttempts()).isZero();
    }

    @Test
    void noOutcomeCarriesTheDeviceTokenOrTheAccessToken() {
        PushNotifications push = push();
        List<PushOutcome> outcomes = new ArrayList<>();
        outcomes.add(push.send(message(DEVICE)));
        fcm.failNextSends(1, "1");
        outcomes.add(push.send(message(DEVICE)));
        fcm.rateLimitNextSend();
        outcomes.add(push.send(message(DEVICE)));
        fcm.refuseNextSendsAsUnauthenticated(2);
        outcomes.add(push.send(message(DEVICE)));
        fcm.markInvalid(DEVICE);
        outcomes.add(push.send(message(DEVICE)));
        fcm.markUnregistered(DEVICE);
        outcomes.add(push.send(message(DEVICE)));

        assertThat(fcm.issuedAccessTokens()).isNotEmpty();
        for (PushOutcome outcome : outcomes) {
            assertThat(outcome.toString()).doesNotContain(DEVICE);
            fcm.issuedAccessTokens().forEach(token -> assertThat(outcome.toString()).doesNotContain(token));
        }
        assertThat(message(DEVICE).toString()).doesNotContain(DEVICE);
    }

    private PushNotifications push() {
        return push(credentials);
    }

    private PushNotifications push(Path serviceAccountFile) {
        return FcmAdapter.create(settings(serviceAccountFile)).pushNotifications();
    }

    private FcmSettings settings() {
        return settings(credentials);
    }

    private FcmSettings settings(Path serviceAccountFile) {
        return new FcmSettings(fcm.projectId(), serviceAccountFile, fcm.apiBase(), CONNECT_TIMEOUT, REQUEST_TIMEOUT);
    }

    private static PushMessage message(String deviceToken) {
        return new PushMessage(deviceToken, "Offer accepted", "Your offer was accepted",
                Map.of("type", "offer_accepted", "offerId", "off_1", "jobId", "job_1"));
    }

    /** A loopback URL where nothing listens: the port was free a moment ago and is closed again. */
    private static URI closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }
}
