package com.jobsphere.application.fakes;

import com.jobsphere.application.port.RefreshTokenRecord;
import com.jobsphere.application.port.RefreshTokens;
import java.util.Optional;

final class InMemoryRefreshTokens implements RefreshTokens {
    private final InMemoryState state;

    InMemoryRefreshTokens(InMemoryState state) {
        this.state = state;
    }

    /** Two tokens with one hash is a bug, as the unique key in the database says. */
    @Override
    public void add(RefreshTokenRecord token) {
        InMemoryState.requireReference(state.users, token.userId(), "user");
        if (lockByHash(token.tokenHash()).isPresent()) {
            throw new IllegalStateException("A refresh token with this hash already exists");
        }
        InMemoryState.insertNew(state.refreshTokens, token.id(), token, "refresh token");
    }

    @Override
    public Optional<RefreshTokenRecord> lockByHash(String tokenHash) {
        return state.refreshTokens.values().stream()
                .filter(token -> token.tokenHash().equals(tokenHash))
                .findFirst();
    }

    /** Only the revocation, the rotation time and the expiry change, as in the SQL store. */
    @Override
    public void save(RefreshTokenRecord token) {
        RefreshTokenRecord stored = InMemoryState.existing(state.refreshTokens, token.id(), "refresh token");
        state.refreshTokens.put(token.id(), new RefreshTokenRecord(stored.id(), stored.userId(), stored.familyId(),
                stored.tokenHash(), token.expiresAt(), token.revoked(), stored.createdAt(), token.rotatedAt()));
    }

    @Override
    public void revokeFamily(String familyId) {
        state.refreshTokens.replaceAll((id, token) -> token.familyId().equals(familyId) ? token.revoke() : token);
    }
}
