package com.jobsphere.application.fakes;

import com.jobsphere.application.port.LoginAttempts;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/** Login attempts in memory, counted like the SQL store: the limit-th most recent attempt in the window blocks. */
final class InMemoryLoginAttempts implements LoginAttempts {
    record Attempt(String email, String address, Instant at) {
    }

    private final InMemoryState state;

    InMemoryLoginAttempts(InMemoryState state) {
        this.state = state;
    }

    @Override
    public Optional<Duration> count(String email, String address, Instant now, Limits limits) {
        Instant since = now.minus(limits.window());
        Optional<Duration> longest = Stream.of(limiting(Attempt::email, email, since, limits.perEmail()),
                        limiting(Attempt::address, address, since, limits.perAddress()))
                .flatMap(Optional::stream)
                .map(at -> Duration.between(now, at.plus(limits.window())))
                .max(Comparator.naturalOrder());
        if (longest.isEmpty()) {
            state.loginAttempts.add(new Attempt(email, address, now));
        }
        return longest;
    }

    private Optional<Instant> limiting(Function<Attempt, String> key, String value, Instant since, int limit) {
        List<Instant> recent = state.loginAttempts.stream()
                .filter(attempt -> key.apply(attempt).equals(value) && attempt.at().isAfter(since))
                .map(Attempt::at).sorted(Comparator.reverseOrder()).toList();
        return recent.size() < limit ? Optional.empty() : Optional.of(recent.get(limit - 1));
    }

    @Override
    public void clear(String email) {
        state.loginAttempts.removeIf(attempt -> attempt.email().equals(email));
    }

    @Override
    public int purgeBefore(Instant before) {
        int size = state.loginAttempts.size();
        state.loginAttempts.removeIf(attempt -> attempt.at().isBefore(before));
        return size - state.loginAttempts.size();
    }
}
