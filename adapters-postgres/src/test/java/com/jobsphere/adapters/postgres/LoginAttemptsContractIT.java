package com.jobsphere.adapters.postgres;

import static com.jobsphere.adapters.postgres.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.application.port.LoginAttempts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LoginAttemptsContractIT {
    private static final LoginAttempts.Limits LIMITS = new LoginAttempts.Limits(3, 5, Duration.ofMinutes(15));

    @ContractTest
    void attemptsAreCountedUntilTheEmailsLimitThenTheWaitIsUntilTheOldestCountedOneAgesOut(Backend backend) {
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(count(backend, "ann@example.test", "10.0.0." + attempt, T0.plusSeconds(attempt * 60L))).isEmpty();
        }

        Optional<Duration> refused = count(backend, "ann@example.test", "10.0.0.9", T0.plusSeconds(300));

        assertThat(refused).contains(Duration.ofMinutes(15).minusSeconds(300));
        assertThat(count(backend, "ann@example.test", "10.0.0.9", T0.plus(Duration.ofMinutes(15)).plusSeconds(1)))
                .as("the first attempt has aged out").isEmpty();
    }

    @ContractTest
    void theAddressesLimitCountsEveryEmail(Backend backend) {
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(count(backend, "user" + attempt + "@example.test", "10.0.0.1", T0)).isEmpty();
        }

        assertThat(count(backend, "another@example.test", "10.0.0.1", T0.plusSeconds(60)))
                .contains(Duration.ofMinutes(14));
        assertThat(count(backend, "another@example.test", "10.0.0.2", T0.plusSeconds(60))).isEmpty();
    }

    @ContractTest
    void aRefusedAttemptIsNotCounted(Backend backend) {
        for (int attempt = 0; attempt < 3; attempt++) {
            count(backend, "ann@example.test", "10.0.0.1", T0);
        }
        for (int refused = 0; refused < 10; refused++) {
            assertThat(count(backend, "ann@example.test", "10.0.0.1", T0.plusSeconds(1))).isPresent();
        }

        assertThat(count(backend, "bob@example.test", "10.0.0.1", T0.plusSeconds(2)))
                .as("only three attempts count against the address").isEmpty();
    }

    @ContractTest
    void clearingForgetsTheEmailsAttemptsFromEveryAddress(Backend backend) {
        count(backend, "ann@example.test", "10.0.0.1", T0);
        count(backend, "ann@example.test", "10.0.0.2", T0);
        count(backend, "ann@example.test", "10.0.0.3", T0);

        backend.run(stores -> stores.loginAttempts().clear("ann@example.test"));

        assertThat(count(backend, "ann@example.test", "10.0.0.1", T0.plusSeconds(1))).isEmpty();
    }

    @ContractTest
    void purgingDeletesOnlyOlderAttempts(Backend backend) {
        count(backend, "ann@example.test", "10.0.0.1", T0);
        count(backend, "bob@example.test", "10.0.0.1", T0.plusSeconds(60));

        int purged = backend.transaction(stores -> stores.loginAttempts().purgeBefore(T0.plusSeconds(30)));

        assertThat(purged).isEqualTo(1);
    }

    /** Twenty attempts at once for an email one attempt short of its limit: exactly one more is counted. */
    @Test
    void racingAttemptsNeverOvershootTheLimit() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(20);
        try (Backend backend = Backend.postgres()) {
            count(backend, "ann@example.test", "10.0.0.1", T0);
            count(backend, "ann@example.test", "10.0.0.2", T0);
            CountDownLatch gate = new CountDownLatch(1);
            List<CompletableFuture<Optional<Duration>>> attempts = IntStream.range(0, 20)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        await(gate);
                        return count(backend, "ann@example.test", "10.0.1." + i, T0.plusMillis(i));
                    }, threads))
                    .toList();
            gate.countDown();

            long counted = 0;
            for (CompletableFuture<Optional<Duration>> attempt : attempts) {
                counted += attempt.get(30, TimeUnit.SECONDS).isEmpty() ? 1 : 0;
            }

            assertThat(counted).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    private static Optional<Duration> count(Backend backend, String email, String address, Instant at) {
        return backend.transaction(stores -> stores.loginAttempts().count(email, address, at, LIMITS));
    }

    private static void await(CountDownLatch gate) {
        try {
            gate.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
