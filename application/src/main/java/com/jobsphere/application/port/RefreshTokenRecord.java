package com.jobsphere.application.port;

import com.jobsphere.domain.common.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored refresh token: its hash, the login family it descends from, and whether it was revoked, by logout or by
 * being rotated ({@code rotatedAt}: when it was exchanged for the next pair).
 */
public record RefreshTokenRecord(String id, UserId userId, String familyId, String tokenHash, Instant expiresAt,
        boolean revoked, Instant createdAt, Instant rotatedAt) {
    public RefreshTokenRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Revoked by logout. */
    public RefreshTokenRecord revoke() {
        return new RefreshTokenRecord(id, userId, familyId, tokenHash, expiresAt, true, createdAt, rotatedAt);
    }

    /** Exchanged for the next pair of its family at {@code at}: it never refreshes again. */
    public RefreshTokenRecord rotate(Instant at) {
        return new RefreshTokenRecord(id, userId, familyId, tokenHash, expiresAt, true, createdAt, at);
    }

    /** Whether it was rotated less than {@code grace} before {@code now}: a second request racing the first. */
    public boolean rotatedWithin(Duration grace, Instant now) {
        return rotatedAt != null && now.isBefore(rotatedAt.plus(grace));
    }
}
