package com.jobsphere.application.port;

import com.jobsphere.domain.common.UserId;
import java.time.Instant;
import java.util.Objects;

/** A stored refresh token: its hash, the login family it descends from, and whether it was used or revoked. */
public record RefreshTokenRecord(String id, UserId userId, String familyId, String tokenHash, Instant expiresAt,
        boolean revoked, Instant createdAt) {
    public RefreshTokenRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public RefreshTokenRecord revoke() {
        return new RefreshTokenRecord(id, userId, familyId, tokenHash, expiresAt, true, createdAt);
    }
}
