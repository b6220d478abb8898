package com.jobsphere.application.auth;

import com.jobsphere.domain.common.ValidationFailed;

/** The password policy. */
final class Passwords {
    static final int MINIMUM_LENGTH = 8;
    static final int MAXIMUM_LENGTH = 128;

    private Passwords() {
    }

    static String check(String password) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            throw new ValidationFailed("password", "Password must be at least 8 characters");
        }
        if (password.length() > MAXIMUM_LENGTH) {
            throw new ValidationFailed("password", "Password must be at most 128 characters");
        }
        return password;
    }
}
