package com.jobsphere.domain.common;

/** Always-on checks of programmer errors. One condition per call, never {@code assert}. */
public final class Checks {
    private Checks() {
    }

    public static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
