package com.jobsphere.application.fakes;

import com.jobsphere.application.port.Ids;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ids {@code prefix-000001}, {@code prefix-000002} ... The counter is zero-padded so that ids sort as text in
 * the order they were made, which the stores use to break ties between equal timestamps.
 */
public final class SequentialIds implements Ids {
    private final String prefix;
    private final AtomicLong counter = new AtomicLong();

    public SequentialIds(String prefix) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
    }

    public SequentialIds() {
        this("id");
    }

    @Override
    public String next() {
        return String.format("%s-%06d", prefix, counter.incrementAndGet());
    }
}
