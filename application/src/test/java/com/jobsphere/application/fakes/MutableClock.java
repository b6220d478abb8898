package com.jobsphere.application.fakes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that stands still until a test moves it, so times in assertions are exact. Safe across threads. */
public final class MutableClock extends Clock {
    /** A round instant in the era of the reference's examples, with no sub-millisecond part. */
    public static final Instant DEFAULT_START = Instant.parse("2026-01-28T12:00:00Z");

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public static MutableClock at(Instant start) {
        return new MutableClock(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
    }

    public static MutableClock standingStill() {
        return at(DEFAULT_START);
    }

    public void advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        now.updateAndGet(instant -> instant.plus(duration));
    }

    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same moving time, seen in another zone: advancing either clock moves both. */
    @Override
    public Clock withZone(ZoneId other) {
        return new MutableClock(now, Objects.requireNonNull(other, "zone"));
    }
}
