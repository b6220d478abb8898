package com.jobsphere.adapters.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.jobsphere.application.auth.AuthResult;
import com.jobsphere.application.auth.TokenPair;
import com.jobsphere.domain.common.WireNames;
import com.jobsphere.domain.user.User;

/** The response bodies of {@code /api/auth}. */
final class AuthJson {
    private AuthJson() {
    }

    record UserBody(@JsonProperty("_id") String id, String email, String name, String role) {
    }

    record TokensBody(String accessToken, String refreshToken) {
    }

    record Session(UserBody user, TokensBody tokens) {
    }

    record Tokens(TokensBody tokens) {
    }

    record CurrentUser(UserBody user) {
    }

    static UserBody user(User user) {
        return new UserBody(user.id().value(), user.email().value(), user.name(), WireNames.of(user.role()));
    }

    static TokensBody tokens(TokenPair pair) {
        return new TokensBody(pair.accessToken(), pair.refreshToken());
    }

    static Session session(AuthResult result) {
        return new Session(user(result.user()), tokens(result.tokens()));
    }
}
