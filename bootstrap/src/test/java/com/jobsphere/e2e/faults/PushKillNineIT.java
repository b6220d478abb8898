package com.jobsphere.e2e.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.adapters.fcm.FakeFcm;
import com.jobsphere.e2e.stripe.StripeSteps;
import com.jobsphere.e2e.support.Psql;
import com.jobsphere.e2e.support.Pushes;
import com.jobsphere.e2e.support.Service;
import com.jobsphere.e2e.support.ServiceProcess;
import com.jobsphere.e2e.support.User;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * CONTRACT.md §15 when the dispatcher's process dies, for real: the jar runs in a child JVM with push on, pointed at
 * a fake FCM, and is killed with SIGKILL at the two moments that matter. The in-process instance takes the requests
 * and the webhooks with push off, so the child's dispatcher alone sends, and the child started after it is the one
 * that picks up what the dead one left.
 * <ul>
 * <li>Killed after its claim committed and before it sent (it waits for an access token the fake holds back): the
 * push is sent once, by the next instance, when the dead one's lease ends.</li>
 * <li>Killed after FCM accepted the push and before the outcome was recorded (the fake holds back its answer):
 * the push is sent once more, and that is the only repeat.</li>
 * </ul>
 */
class PushKillNineIT {
    /** Short, so that a dead instance's claim ends soon; every send here takes milliseconds. */
    private static final String LEASE_SECONDS = "3";
    private static final Duration FCM_HOLDS_ITS_ANSWER = Duration.ofMinutes(2);
    private static final Duration LINE_TIMEOUT = Duration.ofSeconds(30);

    @RegisterExtension
    static final Service service = Service.withFakeStripe(Map.of());

    private static FakeFcm fcm;
    private static Path credentials;
    private static Map<String, String> withPush;
    private static Pushes pushes;
    private static StripeSteps steps;

    @BeforeAll
    static void startFakeFcm() throws IOException {
        fcm = new FakeFcm().start();
        credentials = Files.createTempDirectory("jobsphere-fcm-");
        withPush = new HashMap<>(service.environment());
        withPush.putAll(Service.pushEnvironment(fcm, credentials));
        withPush.put("PUSH_LEASE_SECONDS", LEASE_SECONDS);
        pushes = new Pushes(service.api(), Psql.on(service.database()), fcm);
        steps = new StripeSteps(service);
    }

    @AfterAll
    static void stopFakeFcm() throws IOException {
        fcm.close();
        try (Stream<Path> files = Files.walk(credentials)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    /** Each test starts with nothing left to send, so that the child's first claim is the test's own push. */
    @BeforeEach
    void nothingPending() {
        assertThat(pushes.pending()).isZero();
    }

    @Test
    void aPushClaimedByAnInstanceKilledBeforeItSentIsSentOnceByTheNextOne() {
        User customer = service.marketplace().customer();
        String phone = pushes.device(customer, "android");
        int tokenRequests = fcm.tokenRequests();
        try (ServiceProcess a = ServiceProcess.start("PushKillNineIT-claimed", withPush)) {
            a.awaitLine("Push notifications are on", LINE_TIMEOUT);
            fcm.holdTokenRequests();
            steps.deposit(customer, "25");
            awaitTokenRequest(tokenRequests);
            assertThat(pushes.outboxOf(phone)).as("claimed by A, not sent").singleElement()
                    .satisfies(row -> assertThat(row.get("attempts")).isEqualTo(1));
            a.kill();
        } finally {
            fcm.releaseTokenRequests();
        }
        assertThat(pushes.to(phone)).isEmpty();

        try (ServiceProcess next = ServiceProcess.start("PushKillNineIT-claimed-next", withPush)) {
            next.awaitLine("Push notifications are on", LINE_TIMEOUT);
            pushes.awaitSettled();
        }

        assertThat(pushes.to(phone)).singleElement().satisfies(push -> assertThat(push.data())
                .containsEntry("type", "deposit_completed").containsEntry("amount", "25.00"));
        assertThat(pushes.outboxOf(phone)).singleElement().satisfies(row -> {
            assertThat(row.get("state")).isEqualTo("delivered");
            assertThat(row.get("attempts")).isEqualTo(2);
        });
    }

    @Test
    void aPushFcmAcceptedBeforeTheInstanceWasKilledIsRepeatedOnceAndNothingElseIs() {
        User customer = service.marketplace().customer();
        String phone = pushes.device(customer, "ios");
        try (ServiceProcess a = ServiceProcess.start("PushKillNineIT-acknowledged", withPush)) {
            fcm.delayNextSend(FCM_HOLDS_ITS_ANSWER);
            steps.deposit(customer, "35");
            awaitDelivered(phone, 1);
            a.kill();
        }
        User later = service.marketplace().customer();
        String laterPhone = pushes.device(later, "android");

        try (ServiceProcess next = ServiceProcess.start("PushKillNineIT-acknowledged-next", withPush)) {
            next.awaitLine("Push notifications are on", LINE_TIMEOUT);
            steps.deposit(later, "45");
            pushes.awaitSettled();
        }

        assertThat(pushes.to(phone)).as("FCM's acknowledgement was lost with A: one repeat").hasSize(2)
                .allSatisfy(push -> assertThat(push.data()).containsEntry("amount", "35.00"));
        assertThat(pushes.outboxOf(phone)).singleElement()
                .satisfies(row -> assertThat(row.get("state")).isEqualTo("delivered"));
        assertThat(pushes.to(laterPhone)).as("nothing else is repeated").singleElement()
                .satisfies(push -> assertThat(push.data()).containsEntry("amount", "45.00"));
    }

    @Test
    void withoutFcmConfigurationOneStartUpLineSaysPushIsOffAndTheFeedStillFills() {
        User customer = service.marketplace().customer();
        try (ServiceProcess off = ServiceProcess.start("PushKillNineIT-push-off", service.environment())) {
            off.awaitLine("Push notifications are off", LINE_TIMEOUT);
            steps.deposit(customer, "15");

            List<String> lines = off.lines().stream().filter(line -> line.contains("Push notifications")).toList();
            assertThat(lines).singleElement().satisfies(line -> assertThat(line)
                    .contains("FCM_PROJECT_ID and GOOGLE_APPLICATION_CREDENTIALS are not both set"));
            assertThat(pushes.types(customer)).containsExactly("deposit_completed");
        }
    }

    /** Waits until a token request beyond {@code before} reached the fake: the child claimed and is about to send. */
    private static void awaitTokenRequest(int before) {
        long deadline = System.nanoTime() + LINE_TIMEOUT.toNanos();
        while (fcm.tokenRequests() == before) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the child never asked for an access token");
            }
            pause();
        }
    }

    private static void awaitDelivered(String token, int count) {
        long deadline = System.nanoTime() + LINE_TIMEOUT.toNanos();
        while (fcm.deliveredTo(token).size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("FCM never received the push");
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
