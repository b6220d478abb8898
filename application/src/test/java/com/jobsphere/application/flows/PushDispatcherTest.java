package com.jobsphere.application.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.notification.PushDispatcher;
import com.jobsphere.application.port.PushWakeups;
import com.jobsphere.application.testing.FakePushNotifications;
import com.jobsphere.domain.user.Caller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The dispatcher's loop: polling finds what no wake-up announced, and closing stops it and its listener. */
class PushDispatcherTest {
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration WITHIN = Duration.ofSeconds(30);

    private final World world = new World();
    private final FakePushNotifications fcm = new FakePushNotifications();

    @Test
    void pushesQueuedWithoutAWakeUpAreFoundByPollingAndClosingStopsTheLoopAndTheListener() throws Exception {
        Caller customer = world.customer();
        world.registerDevice(customer, "phone");
        Silent wakeups = new Silent();
        PushDispatcher dispatcher = PushDispatcher.start(new Transactions(world.unitOfWork, world.locks, world.clock),
                fcm, wakeups, world.ids, Clock.systemUTC(), new SplittableRandom(3),
                new PushDispatcher.Settings(PushDispatcher.Settings.DEFAULTS.delivery(), POLL, Duration.ofSeconds(5)));
        try {
            world.deposit(customer, "100");
            awaitSent(1);
            world.deposit(customer, "50");
            awaitSent(2);
        } finally {
            dispatcher.close();
        }

        assertThat(wakeups.closed).isTrue();
        assertThat(fcm.sent()).extracting(message -> message.data().get("amount")).containsExactly("100.00", "50.00");
        world.deposit(customer, "25");
        Optional<Instant> queued = world.unitOfWork.read(stores -> stores.pushOutbox().nextDue());
        assertThat(queued).as("queued after the stop, left for the next start").isPresent();
    }

    private void awaitSent(int count) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (fcm.sent().size() < count) {
            assertThat(System.nanoTime()).as("pushes sent by polling").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    /** A listener that never hears anything: only polling finds work. */
    private static final class Silent implements PushWakeups {
        volatile boolean closed;

        @Override
        public boolean await(Duration timeout) {
            try {
                Thread.sleep(timeout.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
