package com.jobsphere.application.port;

import java.util.Optional;

/** Refresh tokens, stored only as hashes. */
public interface RefreshTokens {
    void add(RefreshTokenRecord token);

    /** Locks and returns the token with this hash. */
    Optional<RefreshTokenRecord> lockByHash(String tokenHash);

    void save(RefreshTokenRecord token);

    /** Revokes every token of one login's family: reuse of a rotated token calls this. */
    void revokeFamily(String familyId);
}
