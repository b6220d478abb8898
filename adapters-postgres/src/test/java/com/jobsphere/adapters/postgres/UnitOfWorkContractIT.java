package com.jobsphere.adapters.postgres;

import static com.jobsphere.adapters.postgres.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.application.port.ConcurrentUpdate;
import com.jobsphere.application.port.Deals.DealKey;
import com.jobsphere.application.port.LedgerCheck;
import com.jobsphere.application.port.StoreUnavailable;
import com.jobsphere.application.port.UnitOfWork;
import com.jobsphere.domain.common.DepositId;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.common.ValidationFailed;
import com.jobsphere.domain.ledger.Account;
import com.jobsphere.domain.user.Role;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UnitOfWorkContractIT {
    private static final UserId CUSTOMER = new UserId("customer");

    @ContractTest
    void theWorksResultIsReturnedAfterCommit(Backend backend) {
        UserId id = backend.transaction(stores -> Seed.customer(stores, "customer"));

        assertThat(id).isEqualTo(CUSTOMER);
        backend.run(stores -> assertThat(stores.users().byId(CUSTOMER)).isPresent());
    }

    @ContractTest
    void anExceptionRollsBackEveryWriteAndPropagatesUnchanged(Backend backend) {
        IllegalStateException failure = new IllegalStateException("the work failed half-way");

        assertThatThrownBy(() -> backend.run(stores -> {
            Seed.customer(stores, "customer");
            stores.jobs().add(Seed.job("job-1", CUSTOMER, T0));
            Seed.fund(stores, CUSTOMER, 100_00, "deposit-1");
            throw failure;
        })).isSameAs(failure);

        backend.run(stores -> {
            assertThat(stores.users().byId(CUSTOMER)).isEmpty();
            assertThat(stores.wallets().byUser(CUSTOMER)).isEmpty();
            assertThat(stores.jobs().byId(new JobId("job-1"))).isEmpty();
            assertThat(stores.deposits().byId(new DepositId("deposit-1"))).isEmpty();
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

        backend.run(stores -> assertThat(stores.users().byId(new UserId("grace"))).isEmpty());
    }

    /** A read, which opens no transaction of its own, sees what was committed. */
    @ContractTest
    void aReadSeesWhatWasCommitted(Backend backend) {
        backend.run(stores -> Seed.fund(stores, Seed.customer(stores, "customer"), 100_00, "deposit-1"));

        long balance = backend.unitOfWork().read(stores -> stores.ledger().balanceOf(Account.wallet(CUSTOMER)));

        assertThat(balance).isEqualTo(100_00);
    }

    /**
     * Two transactions that lock two deals in opposite orders, which no use case does: PostgreSQL picks a victim,
     * the unit of work runs it again, both commit, and the retry is counted.
     */
    @Test
    void aDeadlockIsRetriedCountedAndBothTransactionsCommit() throws Exception {
        try (Backend backend = Backend.postgres()) {
            JobId first = new JobId("job-a");
            JobId second = new JobId("job-b");
            backend.run(stores -> {
                Seed.customer(stores, "customer");
                stores.jobs().add(Seed.job(first.value(), CUSTOMER, T0));
                stores.jobs().add(Seed.job(second.value(), CUSTOMER, T0));
            });
            CyclicBarrier bothHoldTheirFirstLock = new CyclicBarrier(2);
            AtomicInteger runs = new AtomicInteger();
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                Future<?> forward = threads.submit(() ->
                        lockBoth(backend.unitOfWork(), first, second, bothHoldTheirFirstLock, runs));
                Future<?> backward = threads.submit(() ->
                        lockBoth(backend.unitOfWork(), second, first, bothHoldTheirFirstLock, runs));
                forward.get(30, TimeUnit.SECONDS);
                backward.get(30, TimeUnit.SECONDS);
            } finally {
                threads.shutdownNow();
            }

            assertThat(runs).hasValue(3);
            assertThat(backend.adapter().transactionRetries()).isEqualTo(1);
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
        assertThatThrownBy(() -> unitOfWork.inTransaction(stores -> stores.users().byId(CUSTOMER)))
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

            backend.run(stores -> assertThat(stores.users().byId(CUSTOMER)).isEmpty());
        }
    }

    /** The first run of each transaction waits until both hold their first row, so each then waits on the other. */
    private static void lockBoth(UnitOfWork unitOfWork, JobId first, JobId second, CyclicBarrier barrier, AtomicInteger runs) {
        unitOfWork.inTransaction(stores -> {
            boolean firstRun = runs.incrementAndGet() <= 2;
            stores.deals().lock(new DealKey.ByJob(first)).orElseThrow();
            if (firstRun) {
                awaitQuietly(barrier);
            }
            stores.deals().lock(new DealKey.ByJob(second)).orElseThrow();
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
