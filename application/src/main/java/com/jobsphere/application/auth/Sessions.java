package com.jobsphere.application.auth;

import com.jobsphere.application.port.Ids;
import com.jobsphere.application.port.RefreshTokenRecord;
import com.jobsphere.application.port.Stores;
import com.jobsphere.application.port.Tokens;
import com.jobsphere.domain.user.User;
import java.time.Duration;
import java.time.Instant;

/** Issues token pairs. Refresh tokens are stored only as hashes, grouped by the login they descend from. */
final class Sessions {
    static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(30);

    private final Tokens tokens;
    private final Ids ids;

    Sessions(Tokens tokens, Ids ids) {
        this.tokens = tokens;
        this.ids = ids;
    }

    /** Issues a pair for a new login, starting a new family of refresh tokens. */
    TokenPair startFamily(Stores stores, User user, Instant now) {
        return issue(stores, user, ids.next(), now);
    }

    /** Issues a pair that continues an existing family, on rotation. */
    TokenPair issue(Stores stores, User user, String familyId, Instant now) {
        String refreshToken = tokens.newRefreshToken();
        stores.refreshTokens().add(new RefreshTokenRecord(ids.next(), user.id(), familyId,
                tokens.hashRefreshToken(refreshToken), now.plus(REFRESH_TOKEN_LIFETIME), false, now, null));
        return new TokenPair(tokens.issueAccessToken(user.id(), user.role(), now), refreshToken);
    }
}
