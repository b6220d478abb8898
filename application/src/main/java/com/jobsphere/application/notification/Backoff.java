package com.jobsphere.application.notification;

import com.jobsphere.domain.common.Checks;
import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How long a push waits before its next attempt: exponential, with jitter, and never sooner than the provider's
 * {@code Retry-After}. The n-th failed attempt waits a step of {@code first × 2^(n-1)}, capped at {@code longest},
 * and then a random time between half the step and the whole of it ("equal jitter"): pushes that failed together
 * spread out instead of coming back together, and each still waits at least half its step, so the waits really
 * grow.
 */
final class Backoff {
    private final Duration first;
    private final Duration longest;
    private final RandomGenerator random;

    Backoff(Duration first, Duration longest, RandomGenerator random) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(longest, "longest");
        Checks.require(first.toMillis() > 0, "the first retry delay must be at least a millisecond");
        Checks.require(longest.compareTo(first) >= 0, "the longest retry delay must not be shorter than the first");
        this.first = first;
        this.longest = longest;
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The wait after failed attempt {@code attempt} (from 1); {@code retryAfter} is the provider's, or null. */
    Duration after(int attempt, Duration retryAfter) {
        Checks.require(attempt >= 1, "attempts count from 1");
        long step = step(attempt).toMillis();
        Duration jittered = Duration.ofMillis(step / 2 + random.nextLong(step - step / 2 + 1));
        return retryAfter != null && retryAfter.compareTo(jittered) > 0 ? retryAfter : jittered;
    }

    /** {@code first × 2^(attempt-1)}, capped at {@code longest}; doubling stops once the cap is reached. */
    Duration step(int attempt) {
        Duration step = first;
        for (int doubling = 1; doubling < attempt && step.compareTo(longest) < 0; doubling++) {
            step = step.multipliedBy(2);
        }
        return step.compareTo(longest) > 0 ? longest : step;
    }
}
