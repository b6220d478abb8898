package com.jobsphere.adapters.postgres;

import static com.jobsphere.adapters.postgres.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.application.port.ConcurrentUpdate;
import com.jobsphere.domain.ledger.Account;
import com.jobsphere.domain.ledger.Transfers;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.wallet.Deposit;
import com.jobsphere.domain.wallet.DepositStatus;

class DepositsContractIT {
    @ContractTest
    void aDepositIsFoundByIdAndByItsCheckoutSession(Backend backend) {
        backend.run(stores -> Seed.customer(stores, "customer"));
        Deposit deposit = Deposit.start("deposit-1", "customer", Money.dollars(100), T0);
        backend.run(stores -> stores.deposits().add(deposit));

        backend.run(stores -> stores.deposits().save(stores.deposits().lock("deposit-1").orElseThrow().withSession("cs_test_1")));

        backend.run(stores -> {
            assertThat(stores.deposits().byId("deposit-1")).contains(deposit.withSession("cs_test_1"));
            assertThat(stores.deposits().bySessionId("cs_test_1")).contains(deposit.withSession("cs_test_1"));
            assertThat(stores.deposits().bySessionId("cs_unknown")).isEmpty();
        });
    }

    @ContractTest
    void aDepositThatLeftPendingNeverChangesAgain(Backend backend) {
        backend.run(stores -> {
            Seed.customer(stores, "customer");
            stores.deposits().add(Deposit.start("deposit-1", "customer", Money.dollars(100), T0));
        });
        Deposit pending = backend.transaction(stores -> stores.deposits().byId("deposit-1").orElseThrow());
        backend.run(stores -> stores.deposits().save(pending.moveTo(DepositStatus.COMPLETED, Seed.at(5))));

        assertThatThrownBy(() -> backend.run(stores -> stores.deposits().save(pending.moveTo(DepositStatus.FAILED, Seed.at(6)))))
                .isInstanceOf(ConcurrentUpdate.class);
        assertThatThrownBy(() -> backend.run(stores -> stores.deposits().save(pending.moveTo(DepositStatus.COMPLETED, Seed.at(7)))))
                .isInstanceOf(ConcurrentUpdate.class);
        backend.run(stores -> assertThat(stores.deposits().byId("deposit-1"))
                .contains(pending.moveTo(DepositStatus.COMPLETED, Seed.at(5))));
    }

    /**
     * Several deliveries of the same payment race to credit one deposit, each in its own transaction that
     * posts the credit and settles the deposit. Exactly one credit survives.
     */
    @ContractTest
    void concurrentCreditsOfOneDepositCreditItOnce(Backend backend) throws Exception {
        backend.run(stores -> {
            Seed.customer(stores, "customer");
            stores.deposits().add(Deposit.start("deposit-1", "customer", Money.dollars(100), T0));
        });
        long credited = Race.successes(4, index -> credit(backend, "credit-" + index));

        assertThat(credited).isEqualTo(1);
        backend.run(stores -> {
            assertThat(stores.ledger().balanceOf(Account.wallet("customer"))).isEqualTo(100_00);
            assertThat(stores.deposits().byId("deposit-1").orElseThrow().status()).isEqualTo(DepositStatus.COMPLETED);
        });
    }

    /** Deliberately without a lock, reading the deposit as it was: the store's state guard alone must hold. */
    private static boolean credit(Backend backend, String transferId) {
        Deposit seen = backend.transaction(stores -> stores.deposits().byId("deposit-1").orElseThrow());
        if (seen.status() != DepositStatus.PENDING) {
            return false;
        }
        try {
            backend.run(stores -> {
                stores.ledger().post(Transfers.depositCredited(transferId, T0, seen.userId(), seen.amount()));
                stores.deposits().save(seen.moveTo(DepositStatus.COMPLETED, T0));
            });
            return true;
        } catch (ConcurrentUpdate alreadyCredited) {
            return false;
        }
    }
}
