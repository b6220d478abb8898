package com.jobsphere.application.port;

import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.user.Caller;
import com.jobsphere.domain.user.Role;
import java.time.Instant;

/** Access tokens (signed, short-lived) and refresh tokens (random, stored only as a hash). */
public interface Tokens {
    /** A signed access token for the user, valid from {@code issuedAt} for the configured lifetime. */
    String issueAccessToken(UserId userId, Role role, Instant issuedAt);

    /**
     * The caller of a valid access token. Throws {@link com.jobsphere.domain.common.Unauthenticated}
     * for a missing, malformed, expired, or wrongly signed token.
     */
    Caller verifyAccessToken(String token);

    /** A new random refresh token, to be given to the client once. */
    String newRefreshToken();

    /** The stored form of a refresh token: a one-way hash. */
    String hashRefreshToken(String refreshToken);
}
