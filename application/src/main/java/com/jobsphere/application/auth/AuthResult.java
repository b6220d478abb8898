package com.jobsphere.application.auth;

import com.jobsphere.domain.user.User;

/** A signed-in user and their tokens. */
public record AuthResult(User user, TokenPair tokens) {
}
