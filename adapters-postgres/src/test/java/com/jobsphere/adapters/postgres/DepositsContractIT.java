package com.jobsphere.adapters.postgres;

import static com.jobsphere.adapters.postgres.Seed.T0;
import static com.jobsphere.adapters.postgres.Seed.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.application.port.ConcurrentUpdate;
import com.jobsphere.domain.common.DepositId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.ledger.Account;
import com.jobsphere.domain.ledger.Posting;
import com.jobsphere.domain.ledger.Subject;
import com.jobsphere.domain.ledger.Transfer;
import com.jobsphere.domain.ledger.TransferType;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.wallet.Deposit;
import com.jobsphere.domain.wallet.DepositStatus;
import java.util.List;

class DepositsContractIT {
    private static final DepositId FIRST = new DepositId("deposit-1");

    @ContractTest
    void aDepositIsFoundByIdAndByItsCheckoutSession(Backend backend) {
        UserId customer = backend.transaction(stores -> Seed.customer(stores, "customer"));
        Deposit deposit = Deposit.start(FIRST, customer, Money.dollars(100), T0);
        backend.run(stores -> stores.deposits().add(deposit));

        backend.run(stores -> stores.deposits().save(stores.deposits().lock(FIRST).orElseThrow().withSession("cs_test_1")));

        backend.run(stores -> {
            assertThat(stores.deposits().byId(FIRST)).contains(deposit.withSession("cs_test_1"));
            assertThat(stores.deposits().bySessionId("cs_test_1")).contains(deposit.withSession("cs_test_1"));
            assertThat(stores.deposits().bySessionId("cs_unknown")).isEmpty();
            assertThat(stores.deposits().byId(new DepositId("nothing"))).isEmpty();
        });
    }

    @ContractTest
    void aDepositThatLeftPendingNeverChangesAgain(Backend backend) {
        backend.run(stores -> stores.deposits().add(
                Deposit.start(FIRST, Seed.customer(stores, "customer"), Money.dollars(100), T0)));
        Deposit pending = backend.transaction(stores -> stores.deposits().byId(FIRST).orElseThrow());
        backend.run(stores -> stores.deposits().save(pending.moveTo(DepositStatus.COMPLETED, at(5))));

        assertThatThrownBy(() -> backend.run(stores -> stores.deposits().save(pending.moveTo(DepositStatus.FAILED, at(6)))))
                .isInstanceOf(ConcurrentUpdate.class);
        assertThatThrownBy(() -> backend.run(stores -> stores.deposits().save(pending.moveTo(DepositStatus.COMPLETED, at(7)))))
                .isInstanceOf(ConcurrentUpdate.class);
        backend.run(stores -> assertThat(stores.deposits().byId(FIRST))
                .contains(pending.moveTo(DepositStatus.COMPLETED, at(5))));
    }

    /** What the janitor asks: deposits still pending that were started before a time, oldest first. */
    @ContractTest
    void pendingDepositsStartedBeforeATimeAreListedOldestFirstUpToTheLimit(Backend backend) {
        backend.run(stores -> {
            UserId customer = Seed.customer(stores, "customer");
            stores.deposits().add(Deposit.start(new DepositId("later"), customer, Money.dollars(10), at(20)));
            stores.deposits().add(Deposit.start(new DepositId("earlier"), customer, Money.dollars(10), at(10)));
            stores.deposits().add(Deposit.start(new DepositId("failed"), customer, Money.dollars(10), at(5))
                    .moveTo(DepositStatus.FAILED, at(6)));
            stores.deposits().add(Deposit.start(new DepositId("too-new"), customer, Money.dollars(10), at(30)));
        });

        backend.unitOfWork().read(stores -> {
            assertThat(stores.deposits().pendingStartedBefore(at(30), 10))
                    .containsExactly(new DepositId("earlier"), new DepositId("later"));
            assertThat(stores.deposits().pendingStartedBefore(at(30), 1)).containsExactly(new DepositId("earlier"));
            return null;
        });
    }

    /**
     * Several deliveries of the same payment race to credit one deposit, each in its own transaction that posts a
     * credit and settles the deposit. Each credit here has an id of its own, so the ledger's key on the credit's id
     * does not stop them: the deposit's state guard alone lets exactly one through.
     */
    @ContractTest
    void concurrentCreditsOfOneDepositCreditItOnce(Backend backend) throws Exception {
        UserId customer = backend.transaction(stores -> {
            UserId id = Seed.customer(stores, "customer");
            stores.deposits().add(Deposit.start(FIRST, id, Money.dollars(100), T0));
            return id;
        });
        long credited = Race.successes(4, index -> credit(backend, "credit-" + index));

        assertThat(credited).isEqualTo(1);
        backend.run(stores -> {
            assertThat(stores.ledger().balanceOf(Account.wallet(customer))).isEqualTo(100_00);
            assertThat(stores.deposits().byId(FIRST).orElseThrow().status()).isEqualTo(DepositStatus.COMPLETED);
        });
    }

    /** Deliberately without a lock, reading the deposit as it was. */
    private static boolean credit(Backend backend, String transferId) {
        Deposit seen = backend.transaction(stores -> stores.deposits().byId(FIRST).orElseThrow());
        if (seen.status() != DepositStatus.PENDING) {
            return false;
        }
        Transfer credit = new Transfer(transferId, TransferType.DEPOSIT_CREDITED, List.of(
                new Posting(Account.STRIPE_CLEARING, -seen.amount().cents()),
                new Posting(Account.wallet(seen.userId()), seen.amount().cents())), T0, new Subject.Deposit(seen.id()));
        try {
            backend.run(stores -> {
                stores.ledger().post(credit);
                stores.deposits().save(seen.moveTo(DepositStatus.COMPLETED, T0));
            });
            return true;
        } catch (ConcurrentUpdate alreadyCredited) {
            return false;
        }
    }
}
