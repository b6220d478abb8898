package com.jobsphere.application.port;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Login attempts, counted where every instance sees them, so a limit holds across instances. An attempt is counted
 * before the password is checked, and forgotten when it succeeds: what stays counted is the failures.
 */
public interface LoginAttempts {
    /**
     * Counts an attempt for {@code email} from {@code address}, unless either has reached its limit of attempts
     * within {@code limits.window()} before {@code now}: then nothing is counted and the answer is how long until
     * one more would be allowed. Two attempts for one email or one address are counted one after the other, so a
     * limit is never overshot by requests that raced.
     */
    Optional<Duration> count(String email, String address, Instant now, Limits limits);

    /** Forgets every attempt counted for {@code email}: a successful login clears its count. */
    void clear(String email);

    /** Deletes attempts made before {@code before}; returns how many. */
    int purgeBefore(Instant before);

    /** At most {@code perEmail} attempts for one email, and {@code perAddress} from one address, per window. */
    record Limits(int perEmail, int perAddress, Duration window) {
        public Limits {
            if (perEmail < 1 || perAddress < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }
    }
}
