package com.jobsphere.application.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private static final Duration FIRST = Duration.ofSeconds(1);
    private static final Duration LONGEST = Duration.ofMinutes(10);

    @Test
    void theStepDoublesFromTheFirstDelayUpToTheLongest() {
        Backoff backoff = new Backoff(FIRST, LONGEST, new SplittableRandom(1));

        assertThat(backoff.step(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.step(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.step(5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(backoff.step(10)).isEqualTo(Duration.ofSeconds(512));
        assertThat(backoff.step(11)).isEqualTo(LONGEST);
        assertThat(backoff.step(Integer.MAX_VALUE)).isEqualTo(LONGEST);
    }

    @Test
    void eachWaitIsBetweenHalfItsStepAndTheWholeStepAndTheyVary() {
        Backoff backoff = new Backoff(FIRST, LONGEST, new SplittableRandom(7));
        Set<Duration> seen = new HashSet<>();
        for (int attempt = 1; attempt <= 15; attempt++) {
            Duration step = backoff.step(attempt);
            for (int i = 0; i < 50; i++) {
                Duration wait = backoff.after(attempt, null);
                assertThat(wait).isBetween(step.dividedBy(2), step);
                seen.add(wait);
            }
        }
        assertThat(seen).as("jitter spreads the waits").hasSizeGreaterThan(100);
    }

    @Test
    void aRetryAfterLongerThanTheWaitIsHonouredAndAShorterOneIsNot() {
        RandomGenerator shortest = () -> 0L;
        Backoff backoff = new Backoff(FIRST, LONGEST, shortest);

        assertThat(backoff.after(3, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.after(3, Duration.ofMillis(10))).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.after(3, Duration.ZERO)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void nonsensicalSettingsAreRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, LONGEST, () -> 0L))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(LONGEST, FIRST, () -> 0L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(FIRST, LONGEST, () -> 0L).after(0, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
