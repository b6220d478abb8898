package com.jobsphere.adapters.postgres;

import static com.jobsphere.adapters.postgres.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.application.port.RefreshTokenRecord;
import com.jobsphere.domain.common.UserId;
import java.time.Duration;

class RefreshTokensContractIT {
    @ContractTest
    void aTokenIsFoundByItsHashAndSavedRevoked(Backend backend) {
        RefreshTokenRecord token = token("token-1", "login-1", "hash-1");
        backend.run(stores -> {
            Seed.customer(stores, "customer");
            stores.refreshTokens().add(token);
        });

        backend.run(stores -> stores.refreshTokens().save(stores.refreshTokens().lockByHash("hash-1").orElseThrow().revoke()));

        backend.run(stores -> {
            assertThat(stores.refreshTokens().lockByHash("hash-1")).contains(token.revoke());
            assertThat(stores.refreshTokens().lockByHash("hash-unknown")).isEmpty();
        });
    }

    @ContractTest
    void aRotationKeepsWhenItHappened(Backend backend) {
        backend.run(stores -> {
            Seed.customer(stores, "customer");
            stores.refreshTokens().add(token("token-1", "login-1", "hash-1"));
        });

        backend.run(stores -> stores.refreshTokens().save(stores.refreshTokens().lockByHash("hash-1").orElseThrow()
                .rotate(T0.plusSeconds(5))));

        backend.run(stores -> {
            RefreshTokenRecord rotated = stores.refreshTokens().lockByHash("hash-1").orElseThrow();
            assertThat(rotated.revoked()).isTrue();
            assertThat(rotated.rotatedAt()).isEqualTo(T0.plusSeconds(5));
            assertThat(rotated.rotatedWithin(Duration.ofSeconds(10), T0.plusSeconds(14))).isTrue();
            assertThat(rotated.rotatedWithin(Duration.ofSeconds(10), T0.plusSeconds(15))).isFalse();
        });
    }

    @ContractTest
    void revokingAFamilyRevokesEveryTokenOfThatLoginAndNoOther(Backend backend) {
        backend.run(stores -> {
            Seed.customer(stores, "customer");
            stores.refreshTokens().add(token("token-1", "login-1", "hash-1").revoke());
            stores.refreshTokens().add(token("token-2", "login-1", "hash-2"));
            stores.refreshTokens().add(token("token-3", "login-2", "hash-3"));
        });

        backend.run(stores -> stores.refreshTokens().revokeFamily("login-1"));

        backend.run(stores -> {
            assertThat(stores.refreshTokens().lockByHash("hash-1").orElseThrow().revoked()).isTrue();
            assertThat(stores.refreshTokens().lockByHash("hash-2").orElseThrow().revoked()).isTrue();
            assertThat(stores.refreshTokens().lockByHash("hash-3").orElseThrow().revoked()).isFalse();
        });
    }

    private static RefreshTokenRecord token(String id, String familyId, String hash) {
        return new RefreshTokenRecord(id, new UserId("customer"), familyId, hash, T0.plus(Duration.ofDays(30)), false, T0, null);
    }
}
