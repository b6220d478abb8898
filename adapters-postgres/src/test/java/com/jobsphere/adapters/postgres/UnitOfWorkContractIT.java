package com.jobsphere.adapters.postgres;

import static com.jobsphere.adapters.postgres.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.application.port.ConcurrentUpdate;
import com.jobsphere.application.port.LedgerCheck;
import com.jobsphere.application.port.StoreUnavailable;
import com.jobsphere.application.port.UnitOfWork;
import com.jobsphere.domain.common.ValidationFailed;
import com.jobsphere.domain.ledger.Account;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.user.Role;
import com.jobsphere.domain.wallet.TransactionEntry;
import com.jobsphere.domain.wallet.TransactionStatus;
import com.jobsphere.domain.wallet.TransactionType;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UnitOfWorkContractIT {
    @ContractTest
    void theWorksResultIsReturnedAfterCommit(Backend backend) {
        String id = backend.transaction(stores -> Seed.customer(stores, "customer"));

        assertThat(id).isEqualTo("customer");
        backend.run(stores -> assertThat(stores.users().byId("customer")).isPresent());
    }

    @ContractTest
    void anExceptionRollsBackEveryWriteAndPropagatesUnchanged(Backend backend) {
        IllegalStateException failure = new IllegalStateException("the work failed half-way");

        assertThatThrownBy(() -> backend.run(stores -> {
            Seed.customer(stores, "customer");
            Seed.fund(stores, "customer", 100_00, "deposit-1");
            stores.history().add(new TransactionEntry("deposit-1", TransactionType.DEPOSIT, Money.dollars(100), null,
                    "customer", null, null, TransactionStatus.COMPLETED, "Deposit $100 via Stripe", "deposit-1", T0, T0));
            throw failure;
        })).isSameAs(failure);

        backend.run(stores -> {
            assertThat(stores.users().byId("customer")).isEmpty();
            assertThat(stores.wallets().byUser("customer")).isEmpty();
            assertThat(stores.history().byId("deposit-1")).isEmpty();
            assertThat(stores.ledger().balanceOf(Account.STRIPE_CLEARING)).isZero();
            assertThat(stores.ledger().verify()).isEqualTo(new LedgerCheck(true, 4, 0, List.of()));
        });
    }

    @ContractTest
    void aRefusalRollsBackTheWritesMadeBeforeIt(Backend backend) {
        backend.run(stores -> stores.users().add(Seed.user("ada", Role.CUSTOMER)));

        assertThatThrownBy(() -> backend.run(stores -> {
            stores.users().add(Seed.user("grace", Role.CUSTOMER));
            stores.users().add(Seed.user("ada", Role.CUSTOMER));
        })).isInstanceOf(ValidationFailed.class);

        backend.run(stores -> assertThat(stores.users().byId("grace")).isEmpty());
    }

    @Test
    void aDeadlockIsRetriedAndBothTransactionsCommit() throws Exception {
        try (Backend backend = Backend.postgres()) {
            backend.run(stores -> {
                Seed.customer(stores, "customer");
                stores.jobs().add(Seed.job("job-a", "customer", T0));
                stores.jobs().add(Seed.job("job-b", "customer", T0));
            });
            CyclicBarrier bothHoldTheirFirstLock = new CyclicBarrier(2);
            AtomicInteger runs = new AtomicInteger();
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                Future<?> forward = threads.submit(() -> lockBoth(backend.unitOfWork(), "job-a", "job-b", bothHoldTheirFirstLock, runs));
                Future<?> backward = threads.submit(() -> lockBoth(backend.unitOfWork(), "job-b", "job-a", bothHoldTheirFirstLock, runs));
                forward.get(30, TimeUnit.SECONDS);
                backward.get(30, TimeUnit.SECONDS);
            } finally {
                threads.shutdownNow();
            }

            assertThat(runs).hasValue(3);
        }
    }

    @Test
    void aSerializationFailureThatPersistsBecomesConcurrentUpdateAfterTheLastAttempt() {
        try (Backend backend = Backend.postgres()) {
            AtomicInteger runs = new AtomicInteger();

            assertThatThrownBy(() -> backend.run(stores -> {
                runs.incrementAndGet();
                ((JdbiStores) stores).sql().call(handle -> handle.execute(
                        "do $$ begin raise exception 'simulated' using errcode = 'serialization_failure'; end $$"));
            })).isInstanceOf(ConcurrentUpdate.class);
            assertThat(runs).hasValue(JdbiUnitOfWork.MAXIMUM_ATTEMPTS);
        }
    }

    @Test
    void aDatabaseThatIsGoneIsStoreUnavailableNeverNotFound() {
        Backend backend = Backend.postgres();
        UnitOfWork unitOfWork = backend.unitOfWork();
        assertThat(backend.adapter().isReady()).isTrue();
        backend.close();

        assertThat(backend.adapter().isReady()).isFalse();
        assertThatThrownBy(() -> unitOfWork.inTransaction(stores -> stores.users().byId("anyone")))
                .isInstanceOf(StoreUnavailable.class);
    }

    @Test
    void aConnectionCutInTheMiddleOfATransactionIsStoreUnavailableAndThePoolRecovers() {
        try (Backend backend = Backend.postgres()) {
            assertThatThrownBy(() -> backend.run(stores -> {
                Seed.customer(stores, "customer");
                ((JdbiStores) stores).sql().call(handle -> handle.createQuery("select pg_terminate_backend(pg_backend_pid())")
                        .mapTo(Boolean.class)
                        .one());
            })).isInstanceOf(StoreUnavailable.class);

            backend.run(stores -> assertThat(stores.users().byId("customer")).isEmpty());
        }
    }

    /** The first run of each transaction waits until both hold their first row, so each then waits on the other. */
    private static void lockBoth(UnitOfWork unitOfWork, String first, String second, CyclicBarrier barrier, AtomicInteger runs) {
        unitOfWork.inTransaction(stores -> {
            boolean firstRun = runs.incrementAndGet() <= 2;
            stores.jobs().lock(first).orElseThrow();
            if (firstRun) {
                awaitQuietly(barrier);
            }
            stores.jobs().lock(second).orElseThrow();
            return null;
        });
    }

    private static void awaitQuietly(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The other transaction never took its first lock", e);
        }
    }
}
