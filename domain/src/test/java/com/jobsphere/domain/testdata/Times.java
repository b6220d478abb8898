package com.jobsphere.domain.testdata;

import java.time.Duration;
import java.time.Instant;

/** Fixed instants: domain tests never read the system clock. */
public final class Times {
    public static final Instant NOW = Instant.parse("2026-01-28T12:00:00.000Z");

    private Times() {
    }

    public static Instant minutesLater(long minutes) {
        return NOW.plus(Duration.ofMinutes(minutes));
    }
}
