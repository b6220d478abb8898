package com.jobsphere.application.notification;

import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.Ids;
import com.jobsphere.application.port.PushNotifications;
import com.jobsphere.application.port.PushNotifications.PushMessage;
import com.jobsphere.application.port.PushNotifications.PushOutcome;
import com.jobsphere.application.port.PushOutbox.ClaimedPush;
import com.jobsphere.domain.common.Checks;
import com.jobsphere.domain.notification.Notice;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.random.RandomGenerator;

/**
 * One round of the push outbox (CONTRACT.md §15): claim the pushes that are due, send each, record what became of
 * it. The database never waits on FCM: the claim commits before anything is sent, and each outcome is recorded in
 * a transaction of its own after its send.
 * <ul>
 * <li><b>Claim.</b> Up to {@link Settings#batchSize()} due pushes, rows another instance is claiming skipped
 * ({@code FOR UPDATE SKIP LOCKED}), each leased until {@code now + lease}: no other dispatcher takes it meanwhile,
 * and if this one dies, another takes it when the lease ends. So a crash loses no push, and repeats one only if it
 * came between FCM's acknowledgement and the recorded outcome. The lease must outlast a send (every network call
 * the adapter makes is bounded by its timeouts), or a slow send could be taken and sent again.</li>
 * <li><b>Send.</b> The claimed pushes are sent side by side on {@code senders}.</li>
 * <li><b>Record.</b> Delivered; or, for 429, 5xx and no answer, tried again after {@link Backoff}, honouring
 * {@code Retry-After}, until {@link Settings#mostAttempts()} attempts, then given up and logged; or, for a token
 * FCM no longer accepts, the device removed with every push queued for it; or, for any other refusal, given up
 * and logged. An attempt whose dispatcher died counts too: a push claimed once more than the attempts allow is
 * given up without being sent again.</li>
 * </ul>
 */
public final class DeliverPushes {
    private static final System.Logger LOG = System.getLogger(DeliverPushes.class.getName());

    private final Transactions transactions;
    private final PushNotifications push;
    private final Ids ids;
    private final Clock clock;
    private final Backoff backoff;
    private final Settings settings;
    private final Executor senders;

    /**
     * @param batchSize        how many pushes one round claims, and so sends side by side
     * @param lease            how long a claimed push stays hidden from other claims; longer than any send
     * @param mostAttempts     attempts before a push that keeps failing is given up
     * @param firstRetryDelay  the backoff's first step
     * @param longestRetryDelay the backoff's cap
     */
    public record Settings(int batchSize, Duration lease, int mostAttempts, Duration firstRetryDelay,
            Duration longestRetryDelay) {
        /** Four sends at once; a five-minute lease, past the FCM adapter's worst case of four 20-second calls. */
        public static final Settings DEFAULTS = new Settings(4, Duration.ofMinutes(5), 10, Duration.ofSeconds(1),
                Duration.ofMinutes(10));

        public Settings {
            Checks.require(batchSize >= 1 && batchSize <= 100, "batchSize must be 1 to 100");
            Objects.requireNonNull(lease, "lease");
            Checks.require(lease.toMillis() >= 1, "lease must be positive");
            Checks.require(mostAttempts >= 1, "mostAttempts must be at least 1");
            Objects.requireNonNull(firstRetryDelay, "firstRetryDelay");
            Objects.requireNonNull(longestRetryDelay, "longestRetryDelay");
        }

        public Settings withLease(Duration newLease) {
            return new Settings(batchSize, newLease, mostAttempts, firstRetryDelay, longestRetryDelay);
        }
    }

    public DeliverPushes(Transactions transactions, PushNotifications push, Ids ids, Clock clock, RandomGenerator random,
            Settings settings, Executor senders) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.push = Objects.requireNonNull(push, "push");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.backoff = new Backoff(settings.firstRetryDelay(), settings.longestRetryDelay(), random);
        this.senders = Objects.requireNonNull(senders, "senders");
    }

    /** Claims, sends and records one batch; returns how many pushes it claimed (0: none was due). */
    public int execute() {
        String claim = ids.next();
        Instant now = clock.instant();
        List<ClaimedPush> claimed = transactions.run(stores -> stores.pushOutbox().claim(claim, now,
                now.plus(settings.lease()), settings.batchSize()));
        CompletableFuture.allOf(claimed.stream()
                .map(push -> CompletableFuture.runAsync(() -> deliver(push), senders))
                .toArray(CompletableFuture[]::new)).join();
        return claimed.size();
    }

    private void deliver(ClaimedPush claimed) {
        try {
            if (claimed.attempt() > settings.mostAttempts()) {
                giveUp(claimed, "its last attempt ended without an outcome (the instance stopped or died)");
                return;
            }
            Notice notice = claimed.notice();
            PushOutcome outcome = push.send(new PushMessage(claimed.deviceToken(), notice.title(), notice.body(),
                    notice.pushData()));
            record(claimed, outcome);
        } catch (RuntimeException e) {
            // The send or the record failed unexpectedly: the lease runs out and the push is claimed again, the
            // attempt counted, so even a push that always fails this way is given up in the end.
            LOG.log(System.Logger.Level.WARNING, "Push {0} was left to its lease: {1}", claimed, e.toString());
        }
    }

    private void record(ClaimedPush claimed, PushOutcome outcome) {
        Instant now = clock.instant();
        if (outcome instanceof PushOutcome.Delivered delivered) {
            if (!transactions.run(stores -> stores.pushOutbox().delivered(claimed, delivered.messageId(), now))) {
                LOG.log(System.Logger.Level.INFO, "Push {0} was delivered after its claim was lost (its lease ran out,"
                        + " or its device was removed meanwhile)", claimed);
            }
        } else if (outcome instanceof PushOutcome.RetryLater retry) {
            if (claimed.attempt() >= settings.mostAttempts()) {
                giveUp(claimed, retry.reason());
            } else {
                Instant due = now.plus(backoff.after(claimed.attempt(), retry.retryAfter()));
                transactions.run(stores -> stores.pushOutbox().retryAt(claimed, due, retry.reason(), now));
            }
        } else if (outcome instanceof PushOutcome.TokenGone gone) {
            transactions.run(stores -> stores.devices().forget(claimed.deviceToken()));
            LOG.log(System.Logger.Level.INFO, "Removed a device of user {0} that FCM no longer accepts, with the pushes"
                    + " queued for it: {1}", claimed.notice().recipient(), gone.reason());
        } else if (outcome instanceof PushOutcome.Rejected rejected) {
            giveUp(claimed, rejected.reason());
        }
    }

    private void giveUp(ClaimedPush claimed, String reason) {
        Instant now = clock.instant();
        if (transactions.run(stores -> stores.pushOutbox().giveUp(claimed, reason, now))) {
            LOG.log(System.Logger.Level.WARNING, "Gave up push {0} after attempt {1}: {2}", claimed,
                    claimed.attempt(), reason);
        }
    }
}
