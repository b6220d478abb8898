package com.jobsphere.application.auth;

import com.jobsphere.application.port.Ids;
import com.jobsphere.application.port.RefreshTokenRecord;
import com.jobsphere.application.port.Tokens;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.common.Unauthenticated;
import com.jobsphere.domain.common.ValidationFailed;
import com.jobsphere.domain.user.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Rotates a refresh token: the old one is revoked and a new pair issued in the same family. Presenting
 * a token that was already rotated means it leaked, so the whole family is revoked; except within
 * {@link #RACE_GRACE} of its rotation, when it is the app's second request racing its first: that one is
 * refused (401) and the family, with the pair the first request got, stays valid.
 */
public final class RefreshSession {
    static final Duration RACE_GRACE = Duration.ofSeconds(10);

    private final Transactions transactions;
    private final Tokens tokens;
    private final Sessions sessions;
    private final Clock clock;

    public RefreshSession(Transactions transactions, Tokens tokens, Ids ids, Clock clock) {
        this.transactions = transactions;
        this.tokens = tokens;
        this.sessions = new Sessions(tokens, ids);
        this.clock = clock;
    }

    public record Command(String refreshToken) {
    }

    public TokenPair execute(Command command) {
        String refreshToken = command.refreshToken();
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new ValidationFailed("refreshToken", "refreshToken is required");
        }
        String hash = tokens.hashRefreshToken(refreshToken);
        Instant now = clock.instant();
        // A reuse must revoke the family even though the request fails, so the outcome is decided
        // inside the transaction and thrown only after it commits.
        Optional<TokenPair> pair = transactions.run(stores -> {
            RefreshTokenRecord record = stores.refreshTokens().lockByHash(hash)
                    .orElseThrow(() -> new Unauthenticated("Invalid refresh token"));
            if (record.revoked()) {
                if (!record.rotatedWithin(RACE_GRACE, now)) {
                    stores.refreshTokens().revokeFamily(record.familyId());
                }
                return Optional.<TokenPair>empty();
            }
            if (!now.isBefore(record.expiresAt())) {
                throw new Unauthenticated("Refresh token has expired");
            }
            stores.refreshTokens().save(record.rotate(now));
            User user = stores.users().byId(record.userId())
                    .orElseThrow(() -> new Unauthenticated("Invalid refresh token"));
            return Optional.of(sessions.issue(stores, user, record.familyId(), now));
        });
        return pair.orElseThrow(() -> new Unauthenticated("Invalid refresh token"));
    }
}
