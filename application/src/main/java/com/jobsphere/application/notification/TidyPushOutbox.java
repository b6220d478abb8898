package com.jobsphere.application.notification;

import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.common.Checks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Keeps the push outbox bounded, on every instance, whether push is on or off: pushes still unsent
 * {@link Settings#mostAge()} after they were queued are given up (no dispatcher ran, as when push is off, or FCM
 * was away for that long: a day-old "deposit received" is not worth a buzz), and delivered or given-up pushes are
 * deleted after {@link Settings#retention()}. Each call does a bounded batch of each; the feed is never touched.
 */
public final class TidyPushOutbox {
    private final Transactions transactions;
    private final Clock clock;
    private final Settings settings;

    public record Settings(Duration mostAge, Duration retention, int batchSize) {
        public static final Settings DEFAULTS = new Settings(Duration.ofHours(24), Duration.ofDays(7), 1000);

        public Settings {
            Objects.requireNonNull(mostAge, "mostAge");
            Objects.requireNonNull(retention, "retention");
            Checks.require(!mostAge.isNegative() && !retention.isNegative(), "ages must not be negative");
            Checks.require(batchSize >= 1, "batchSize must be positive");
        }
    }

    /** How many pushes were given up as too old, and how many finished ones deleted. */
    public record Report(int expired, int purged) {
    }

    public TidyPushOutbox(Transactions transactions, Clock clock, Settings settings) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public Report execute() {
        Instant now = clock.instant();
        int expired = transactions.run(stores -> stores.pushOutbox().expire(now.minus(settings.mostAge()), now,
                settings.batchSize()));
        int purged = transactions.run(stores -> stores.pushOutbox().purge(now.minus(settings.retention()),
                settings.batchSize()));
        return new Report(expired, purged);
    }
}
