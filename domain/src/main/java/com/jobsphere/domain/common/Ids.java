package com.jobsphere.domain.common;

import java.util.Objects;

/** The one rule every typed id shares: a non-blank string of at most 255 characters. */
public final class Ids {
    static final int MAXIMUM_LENGTH = 255;

    private Ids() {
    }

    public static String check(String value, String what) {
        Objects.requireNonNull(value, what);
        Checks.require(!value.isBlank(), what + " must not be blank");
        Checks.require(value.length() <= MAXIMUM_LENGTH, what + " must be at most 255 characters");
        return value;
    }
}
