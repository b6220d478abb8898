package com.jobsphere.application.notification;

import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.Ids;
import com.jobsphere.application.port.PushNotifications;
import com.jobsphere.application.port.PushWakeups;
import com.jobsphere.domain.common.Checks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

/**
 * Runs {@link DeliverPushes} for as long as the service runs, on a thread of its own and a few sender threads: a
 * round as soon as pushes are queued (woken by {@link PushWakeups}), again at once while rounds find work, and
 * otherwise when the soonest retry falls due, or after {@link Settings#pollInterval()} at the latest, in case a
 * wake-up was lost. Every instance of the service runs one; their claims never overlap.
 *
 * <p>{@link #close()} stops it cleanly: no new round starts, the sends in flight finish (each is bounded by the
 * adapter's timeouts) and their outcomes are recorded, within {@link Settings#stopWait()}. A send still running
 * after that is abandoned to its lease, as after a crash.
 */
public final class PushDispatcher implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(PushDispatcher.class.getName());
    /** How often a wait looks up to see whether the dispatcher is stopping. */
    private static final Duration STOP_CHECK = Duration.ofMillis(250);
    /**
     * The shortest wait between rounds that found nothing: pushes that are due but were skipped are being claimed
     * by another instance, whose claim commits within moments.
     */
    private static final Duration SHORTEST_WAIT = Duration.ofMillis(50);

    private final DeliverPushes deliver;
    private final Transactions transactions;
    private final PushWakeups wakeups;
    private final Clock clock;
    private final Settings settings;
    private final ExecutorService senders;
    private final Thread loop;
    private volatile boolean running = true;

    /**
     * @param pollInterval the longest wait between rounds when nothing wakes the dispatcher
     * @param stopWait     how long {@link #close()} waits for the round in flight
     */
    public record Settings(DeliverPushes.Settings delivery, Duration pollInterval, Duration stopWait) {
        public static final Settings DEFAULTS = new Settings(DeliverPushes.Settings.DEFAULTS, Duration.ofSeconds(30),
                Duration.ofSeconds(25));

        public Settings {
            Objects.requireNonNull(delivery, "delivery");
            Objects.requireNonNull(pollInterval, "pollInterval");
            Checks.require(pollInterval.compareTo(SHORTEST_WAIT) >= 0, "pollInterval must be at least 50 ms");
            Objects.requireNonNull(stopWait, "stopWait");
        }

        /** These settings with another lease (see {@link DeliverPushes.Settings#lease()}). */
        public Settings withLease(Duration lease) {
            return new Settings(delivery.withLease(lease), pollInterval, stopWait);
        }
    }

    private PushDispatcher(Transactions transactions, PushNotifications push, PushWakeups wakeups, Ids ids,
            Clock clock, RandomGenerator random, Settings settings) {
        this.transactions = transactions;
        this.wakeups = wakeups;
        this.clock = clock;
        this.settings = settings;
        this.senders = Executors.newFixedThreadPool(settings.delivery().batchSize(), runnable -> {
            Thread thread = new Thread(runnable, "push-sender");
            thread.setDaemon(true);
            return thread;
        });
        this.deliver = new DeliverPushes(transactions, push, ids, clock, random, settings.delivery(), senders);
        this.loop = new Thread(this::run, "push-dispatcher");
        this.loop.setDaemon(true);
    }

    /** Starts dispatching to {@code push}; {@code random} jitters the retries. */
    public static PushDispatcher start(Transactions transactions, PushNotifications push, PushWakeups wakeups, Ids ids,
            Clock clock, RandomGenerator random, Settings settings) {
        PushDispatcher dispatcher = new PushDispatcher(Objects.requireNonNull(transactions, "transactions"),
                Objects.requireNonNull(push, "push"), Objects.requireNonNull(wakeups, "wakeups"),
                Objects.requireNonNull(ids, "ids"), Objects.requireNonNull(clock, "clock"),
                Objects.requireNonNull(random, "random"), Objects.requireNonNull(settings, "settings"));
        dispatcher.loop.start();
        return dispatcher;
    }

    private void run() {
        while (running) {
            try {
                if (deliver.execute() == 0) {
                    awaitWork(untilNextDue());
                }
            } catch (RuntimeException e) {
                // The database is away, most likely: nothing was sent that is not recorded or leased. Try again later.
                LOG.log(System.Logger.Level.WARNING, "A push round failed; trying again within {0} s: {1}",
                        settings.pollInterval().toSeconds(), e.toString());
                awaitWork(settings.pollInterval());
            }
        }
    }

    /** Until the soonest pending push is due, between {@link #SHORTEST_WAIT} and the poll interval. */
    private Duration untilNextDue() {
        Optional<Instant> next = transactions.read(stores -> stores.pushOutbox().nextDue());
        Duration wait = next.map(due -> Duration.between(clock.instant(), due)).orElse(settings.pollInterval());
        if (wait.compareTo(SHORTEST_WAIT) < 0) {
            return SHORTEST_WAIT;
        }
        return wait.compareTo(settings.pollInterval()) > 0 ? settings.pollInterval() : wait;
    }

    /** Waits for a wake-up, or {@code wait}, in short slices so that a stop is seen promptly. */
    private void awaitWork(Duration wait) {
        Instant until = clock.instant().plus(wait);
        while (running) {
            Duration left = Duration.between(clock.instant(), until);
            if (left.isNegative() || left.isZero()) {
                return;
            }
            if (wakeups.await(left.compareTo(STOP_CHECK) < 0 ? left : STOP_CHECK)) {
                return;
            }
        }
    }

    /** Stops after the round in flight, waiting at most {@link Settings#stopWait()} for its sends. */
    @Override
    public void close() {
        running = false;
        try {
            loop.join(settings.stopWait().toMillis());
            senders.shutdown();
            if (!senders.awaitTermination(STOP_CHECK.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "Pushes still sending after {0} s are left to their lease",
                        settings.stopWait().toSeconds());
                senders.shutdownNow();
            }
        } catch (InterruptedException e) {
            senders.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            wakeups.close();
        }
    }
}
