package com.jobsphere.application.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.notification.DeliverPushes;
import com.jobsphere.application.port.PushNotifications.PushMessage;
import com.jobsphere.application.port.PushNotifications.PushOutcome;
import com.jobsphere.application.port.PushOutbox.ClaimedPush;
import com.jobsphere.application.testing.FakePushNotifications;
import com.jobsphere.domain.notification.Device;
import com.jobsphere.domain.user.Caller;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** The dispatcher's round over the in-memory outbox: what each FCM outcome does to the push and the device. */
class PushDeliveryTest {
    private static final int MOST_ATTEMPTS = 3;
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(2);
    /** Jitter that always picks the shortest wait, half the step, so the waits are known. */
    private static final RandomGenerator NO_JITTER = () -> 0L;

    private final World world = new World();
    private final FakePushNotifications fcm = new FakePushNotifications();
    private final Transactions transactions = new Transactions(world.unitOfWork, world.locks, world.clock);
    private final DeliverPushes deliver = new DeliverPushes(transactions, fcm, world.ids, world.clock, NO_JITTER,
            new DeliverPushes.Settings(4, LEASE, MOST_ATTEMPTS, FIRST_RETRY, Duration.ofMinutes(1)), Runnable::run);

    @Test
    void eachDeviceOfTheRecipientGetsThePushOnceWithStringData() {
        Caller customer = world.customer();
        world.registerDevice(customer, "phone");
        world.registerDevice(customer, "tablet");
        world.registerDevice(world.customer(), "someone-elses-phone");
        world.deposit(customer, "100");

        assertThat(deliver.execute()).isEqualTo(2);
        assertThat(deliver.execute()).isZero();

        String depositId = world.feed(customer).get(0).notice().data().get("depositId");
        assertThat(fcm.sent()).extracting(PushMessage::deviceToken).containsExactlyInAnyOrder("phone", "tablet");
        assertThat(fcm.sent()).allSatisfy(message -> {
            assertThat(message.data()).isEqualTo(Map.of("type", "deposit_completed", "depositId", depositId,
                    "amount", "100.00"));
            assertThat(message.title()).isEqualTo("Deposit received");
            assertThat(message.body()).isEqualTo("$100 was added to your wallet.");
        });
        assertThat(nextDue()).isEmpty();
    }

    @Test
    void aUserWithoutDevicesGetsTheFeedEntryAndNoPush() {
        Caller customer = world.customer();
        world.deposit(customer, "100");

        assertThat(deliver.execute()).isZero();
        assertThat(world.feed(customer)).hasSize(1);
    }

    @Test
    void aPushToRetryWaitsItsBackoffOrTheLongerRetryAfterThenGoesOnce() {
        Caller customer = depositedWithAPhone();
        fcm.answer(new PushOutcome.RetryLater(null, "503"), new PushOutcome.RetryLater(Duration.ofSeconds(30), "429"));
        Instant start = world.clock.instant();

        deliver.execute();
        assertThat(nextDue()).as("half the first step, with no jitter").contains(start.plus(FIRST_RETRY.dividedBy(2)));
        world.clock.advance(FIRST_RETRY);
        deliver.execute();
        assertThat(nextDue()).as("Retry-After is longer than the second step").contains(start.plus(FIRST_RETRY)
                .plusSeconds(30));
        world.clock.advance(Duration.ofSeconds(29));
        assertThat(deliver.execute()).as("not due before its Retry-After").isZero();
        world.clock.advance(Duration.ofSeconds(1));
        deliver.execute();

        assertThat(fcm.sent()).hasSize(3);
        assertThat(nextDue()).isEmpty();
        assertThat(deliver.execute()).isZero();
    }

    @Test
    void aPushThatKeepsFailingIsGivenUpAfterItsAttempts() {
        Caller customer = depositedWithAPhone();
        for (int i = 0; i < MOST_ATTEMPTS + 1; i++) {
            fcm.answer(new PushOutcome.RetryLater(null, "503 UNAVAILABLE"));
        }

        for (int i = 0; i < MOST_ATTEMPTS + 2; i++) {
            deliver.execute();
            world.clock.advance(Duration.ofMinutes(2));
        }

        assertThat(fcm.sent()).hasSize(MOST_ATTEMPTS);
        assertThat(nextDue()).isEmpty();
        assertThat(world.feed(customer)).hasSize(1);
    }

    @Test
    void aTokenFcmNoLongerAcceptsIsForgottenWithEveryPushQueuedForIt() {
        Caller customer = world.customer();
        world.registerDevice(customer, "uninstalled");
        world.registerDevice(customer, "phone");
        world.deposit(customer, "100");
        world.deposit(customer, "50");
        fcm.answer(new PushOutcome.TokenGone("404 UNREGISTERED"));
        DeliverPushes oneAtATime = new DeliverPushes(transactions, fcm, world.ids, world.clock, NO_JITTER,
                new DeliverPushes.Settings(1, LEASE, MOST_ATTEMPTS, FIRST_RETRY, Duration.ofMinutes(1)), Runnable::run);

        while (oneAtATime.execute() > 0) {
            assertThat(fcm.sent()).as("rounds").hasSizeLessThanOrEqualTo(4);
        }

        List<String> tokens = fcm.sent().stream().map(PushMessage::deviceToken).toList();
        assertThat(tokens).filteredOn("uninstalled"::equals).hasSize(1);
        assertThat(tokens).filteredOn("phone"::equals).hasSize(2);
        assertThat(device("uninstalled")).isEmpty();
        assertThat(nextDue()).isEmpty();
    }

    @Test
    void aRefusedPushIsGivenUpAtOnceAndTheDeviceKept() {
        Caller customer = depositedWithAPhone();
        fcm.answer(new PushOutcome.Rejected("403 PERMISSION_DENIED"));

        deliver.execute();

        assertThat(fcm.sent()).hasSize(1);
        assertThat(nextDue()).isEmpty();
        assertThat(device("phone")).isPresent();
    }

    @Test
    void aPushWhoseDispatchersDiedOnEveryAttemptIsGivenUpWithoutAnotherSend() {
        Caller customer = depositedWithAPhone();
        for (int i = 0; i < MOST_ATTEMPTS; i++) {
            List<ClaimedPush> died = claimAndDie();
            assertThat(died).hasSize(1);
            world.clock.advance(LEASE);
        }

        assertThat(deliver.execute()).isEqualTo(1);

        assertThat(fcm.sent()).isEmpty();
        assertThat(nextDue()).isEmpty();
    }

    @Test
    void aPushClaimedByADispatcherThatDiedIsSentOnceItsLeaseEnds() {
        Caller customer = depositedWithAPhone();
        claimAndDie();

        assertThat(deliver.execute()).as("leased to the dead dispatcher").isZero();
        world.clock.advance(LEASE);
        assertThat(deliver.execute()).isEqualTo(1);

        assertThat(fcm.sent()).hasSize(1);
    }

    /** A customer with one device, "phone", who deposited $100: one push is queued. */
    private Caller depositedWithAPhone() {
        Caller customer = world.customer();
        world.registerDevice(customer, "phone");
        world.deposit(customer, "100");
        return customer;
    }

    /** A claim whose dispatcher dies before it sends or records anything. */
    private List<ClaimedPush> claimAndDie() {
        Instant now = world.clock.instant();
        return transactions.run(stores -> stores.pushOutbox().claim("dead-" + now, now, now.plus(LEASE), 10));
    }

    private Optional<Device> device(String token) {
        return world.unitOfWork.read(stores -> stores.devices().byToken(token));
    }

    private Optional<Instant> nextDue() {
        return world.unitOfWork.read(stores -> stores.pushOutbox().nextDue());
    }
}
