package com.jobsphere.adapters.postgres;

import static com.jobsphere.adapters.postgres.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.application.port.IdempotencyRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

class IdempotencyRecordsContractIT {
    private static final Duration RETENTION = Duration.ofHours(24);

    @ContractTest
    void aFreeKeyIsClaimedAndASecondClaimSeesTheFirstStillRunning(Backend backend) {
        assertThat(claim(backend, "customer", "key-1", "body-hash", T0)).isEmpty();

        assertThat(claim(backend, "customer", "key-1", "body-hash", Seed.at(1)))
                .contains(new IdempotencyRecord("customer", "key-1", "body-hash", null, null, T0));
    }

    @ContractTest
    void aCompletedKeyReturnsTheFirstResponseForReplay(Backend backend) {
        claim(backend, "customer", "key-1", "body-hash", T0);
        backend.run(stores -> stores.idempotencyRecords().complete("customer", "key-1", 201, "{\"status\":201}"));

        Optional<IdempotencyRecord> replay = claim(backend, "customer", "key-1", "other-body-hash", Seed.at(1));

        assertThat(replay).contains(new IdempotencyRecord("customer", "key-1", "body-hash", 201, "{\"status\":201}", T0));
        assertThat(replay.orElseThrow().inProgress()).isFalse();
    }

    @ContractTest
    void aReleasedKeyMayBeClaimedAgainButACompletedOneStays(Backend backend) {
        claim(backend, "customer", "key-1", "body-hash", T0);
        claim(backend, "customer", "key-2", "body-hash", T0);
        backend.run(stores -> stores.idempotencyRecords().complete("customer", "key-2", 200, "{}"));

        backend.run(stores -> {
            stores.idempotencyRecords().release("customer", "key-1");
            stores.idempotencyRecords().release("customer", "key-2");
        });

        assertThat(claim(backend, "customer", "key-1", "body-hash", Seed.at(1))).isEmpty();
        assertThat(claim(backend, "customer", "key-2", "body-hash", Seed.at(1))).map(IdempotencyRecord::status).contains(200);
    }

    @ContractTest
    void aRecordOlderThanTheRetentionIsClaimedAfresh(Backend backend) {
        claim(backend, "customer", "key-1", "body-hash", T0);
        backend.run(stores -> stores.idempotencyRecords().complete("customer", "key-1", 200, "{}"));
        Instant dayLater = T0.plus(RETENTION).plusSeconds(1);

        assertThat(claim(backend, "customer", "key-1", "new-body-hash", dayLater)).isEmpty();
        assertThat(claim(backend, "customer", "key-1", "new-body-hash", dayLater.plusSeconds(1)))
                .contains(new IdempotencyRecord("customer", "key-1", "new-body-hash", null, null, dayLater));
    }

    @ContractTest
    void purgingDeletesOnlyRecordsOlderThanTheCutoffAndAtMostTheLimit(Backend backend) {
        claim(backend, "customer", "old-1", "body-hash", T0);
        claim(backend, "customer", "old-2", "body-hash", T0);
        claim(backend, "customer", "old-3", "body-hash", T0);
        claim(backend, "customer", "new", "body-hash", Seed.at(3_600));
        Instant cutoff = Seed.at(60);

        int first = backend.transaction(stores -> stores.idempotencyRecords().purgeOlderThan(cutoff, 2));
        int second = backend.transaction(stores -> stores.idempotencyRecords().purgeOlderThan(cutoff, 2));

        assertThat(first).isEqualTo(2);
        assertThat(second).isEqualTo(1);
        assertThat(claim(backend, "customer", "old-1", "body-hash", Seed.at(3_601))).isEmpty();
        assertThat(claim(backend, "customer", "new", "body-hash", Seed.at(3_601))).isPresent();
    }

    @ContractTest
    void keysBelongToOneCaller(Backend backend) {
        claim(backend, "customer", "key-1", "body-hash", T0);

        assertThat(claim(backend, "someone-else", "key-1", "body-hash", T0)).isEmpty();
    }

    private static Optional<IdempotencyRecord> claim(Backend backend, String userId, String key, String hash, Instant at) {
        return backend.transaction(stores -> stores.idempotencyRecords().claim(userId, key, hash, at, at.minus(RETENTION)));
    }
}
