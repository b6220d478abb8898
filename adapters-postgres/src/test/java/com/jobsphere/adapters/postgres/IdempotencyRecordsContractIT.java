package com.jobsphere.adapters.postgres;

import static com.jobsphere.adapters.postgres.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.application.port.IdempotencyRecord;
import com.jobsphere.application.port.RecordedResponse;
import com.jobsphere.application.port.RequestKey;
import com.jobsphere.domain.common.Conflict;
import com.jobsphere.domain.common.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class IdempotencyRecordsContractIT {
    private static final RequestKey KEY = new RequestKey(new UserId("customer"), "key-1", "POST /a {}");
    private static final RecordedResponse CREATED = new RecordedResponse(201, "{\"status\":201}");

    @ContractTest
    void aKeyNeverSeenHasNoRecordAndClaimingItWritesNothing(Backend backend) {
        assertThat(claim(backend, KEY)).isEmpty();
        assertThat(claim(backend, KEY)).isEmpty();
    }

    @ContractTest
    void aRecordedResponseIsReturnedToTheNextClaim(Backend backend) {
        backend.run(stores -> {
            stores.idempotencyRecords().claim(KEY, T0);
            stores.idempotencyRecords().saveResponse(KEY, CREATED, T0);
        });

        assertThat(claim(backend, KEY)).contains(new IdempotencyRecord(KEY, null, null, CREATED, T0));
    }

    @ContractTest
    void progressIsKeptAndTheResponseCompletesIt(Backend backend) {
        backend.run(stores -> stores.idempotencyRecords().saveProgress(KEY, "deposit_recorded", "deposit-1", T0));
        assertThat(claim(backend, KEY)).contains(new IdempotencyRecord(KEY, "deposit_recorded", "deposit-1", null, T0));

        backend.run(stores -> stores.idempotencyRecords().saveResponse(KEY, CREATED, Seed.at(5)));

        IdempotencyRecord finished = claim(backend, KEY).orElseThrow();
        assertThat(finished.isFinished()).isTrue();
        assertThat(finished).isEqualTo(new IdempotencyRecord(KEY, "deposit_recorded", "deposit-1", CREATED, T0));
    }

    @ContractTest
    void aRecordKeepsTheFingerprintItWasFirstSentWith(Backend backend) {
        backend.run(stores -> stores.idempotencyRecords().saveResponse(KEY, CREATED, T0));
        RequestKey other = new RequestKey(new UserId("customer"), "key-1", "POST /a {\"other\":1}");

        IdempotencyRecord record = claim(backend, other).orElseThrow();

        assertThat(record.key().fingerprint()).isEqualTo(KEY.fingerprint());
        assertThat(record.matches(other)).isFalse();
    }

    @ContractTest
    void aRolledBackTransactionLeavesNoRecord(Backend backend) {
        assertThatThrownBy(() -> backend.run(stores -> {
            stores.idempotencyRecords().claim(KEY, T0);
            stores.idempotencyRecords().saveResponse(KEY, CREATED, T0);
            throw new IllegalStateException("the effect failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(claim(backend, KEY)).isEmpty();
    }

    @ContractTest
    void keysBelongToOneCaller(Backend backend) {
        backend.run(stores -> stores.idempotencyRecords().saveResponse(KEY, CREATED, T0));

        assertThat(claim(backend, new RequestKey(new UserId("someone-else"), "key-1", KEY.fingerprint()))).isEmpty();
    }

    @ContractTest
    void purgingDeletesOnlyRecordsOlderThanTheCutoffAndAtMostTheLimit(Backend backend) {
        for (String key : new String[] {"old-1", "old-2", "old-3"}) {
            backend.run(stores -> stores.idempotencyRecords().saveResponse(key(key), CREATED, T0));
        }
        backend.run(stores -> stores.idempotencyRecords().saveResponse(key("new"), CREATED, Seed.at(3_600)));
        Instant cutoff = Seed.at(60);

        int first = backend.transaction(stores -> stores.idempotencyRecords().purgeOlderThan(cutoff, 2));
        int second = backend.transaction(stores -> stores.idempotencyRecords().purgeOlderThan(cutoff, 2));

        assertThat(first).isEqualTo(2);
        assertThat(second).isEqualTo(1);
        assertThat(claim(backend, key("old-1"))).isEmpty();
        assertThat(claim(backend, key("new"))).isPresent();
    }

    /** The lock is the live transaction's: another one is told 409 until it ends, then sees what it committed. */
    @Test
    void aKeyHeldByALiveTransactionIsStillBeingProcessedAndItsCommitIsSeenAfter() throws Exception {
        try (Backend backend = Backend.postgres()) {
            CountDownLatch claimed = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> backend.run(stores -> {
                stores.idempotencyRecords().claim(KEY, T0);
                stores.idempotencyRecords().saveResponse(KEY, CREATED, T0);
                claimed.countDown();
                await(release);
            }));
            assertThat(claimed.await(10, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> claim(backend, KEY)).isInstanceOf(Conflict.class)
                    .hasMessageContaining("still being processed");
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);

            assertThat(claim(backend, KEY)).map(IdempotencyRecord::response).contains(CREATED);
        }
    }

    /** A holder whose connection dies (a crash, kill -9, a cut network) frees the key at once, not after a timeout. */
    @Test
    void aKeyWhoseHoldersConnectionDiedIsFreeAtOnce() throws Exception {
        try (Backend backend = Backend.postgres()) {
            CountDownLatch claimed = new CountDownLatch(1);
            CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> backend.run(stores -> {
                stores.idempotencyRecords().claim(KEY, T0);
                stores.idempotencyRecords().saveResponse(KEY, CREATED, T0);
                claimed.countDown();
                ((JdbiStores) stores).sql().call(handle -> handle.createQuery("select pg_sleep(30)")
                        .mapTo(String.class).one());
            }));
            assertThat(claimed.await(10, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> claim(backend, KEY)).isInstanceOf(Conflict.class);

            Jdbc.terminateWhenRunning(backend, "pg_sleep");

            assertThat(claim(backend, KEY)).as("nothing of the dead transaction remains").isEmpty();
            assertThatThrownBy(() -> holder.get(10, TimeUnit.SECONDS)).hasRootCauseInstanceOf(java.sql.SQLException.class);
        }
    }

    private static RequestKey key(String key) {
        return new RequestKey(new UserId("customer"), key, "POST /a {}");
    }

    private static Optional<IdempotencyRecord> claim(Backend backend, RequestKey key) {
        return backend.transaction(stores -> stores.idempotencyRecords().claim(key, Seed.at(1)));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
