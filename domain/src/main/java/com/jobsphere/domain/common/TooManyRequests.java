package com.jobsphere.domain.common;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** Too many attempts in a while (429): the caller may try again after {@link #retryAfter()}. */
public final class TooManyRequests extends DomainException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManyRequests(String message, Duration retryAfter) {
        super(message, List.of());
        Objects.requireNonNull(retryAfter, "retryAfter");
        Checks.require(!retryAfter.isNegative(), "retryAfter must not be negative");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up and at least 1, as {@code Retry-After} says them. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
