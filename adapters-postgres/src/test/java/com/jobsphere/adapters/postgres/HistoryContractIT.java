package com.jobsphere.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.application.port.Stores;
import com.jobsphere.application.port.Party;
import com.jobsphere.application.port.TransactionView;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.user.Role;
import com.jobsphere.domain.wallet.TransactionEntry;
import com.jobsphere.domain.wallet.TransactionStatus;
import com.jobsphere.domain.wallet.TransactionType;
import java.util.List;

class HistoryContractIT {
    private static final PageRequest FIRST_TWENTY = new PageRequest(1, 20);

    @ContractTest
    void aUsersItemsFromOrToThemComeNewestFirstWithBothPartiesPopulated(Backend backend) {
        backend.run(stores -> {
            people(stores);
            stores.history().add(deposit("deposit-1", "customer", 0));
            stores.history().add(transfer("accept-1", TransactionType.WALLET_TRANSFER, "customer", "admin", 10));
            stores.history().add(transfer("payout-1", TransactionType.CONTRACTOR_PAYOUT, "admin", "contractor", 20));
        });

        Page<TransactionView> page = backend.transaction(stores -> stores.history().forUser("customer", null, FIRST_TWENTY));

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(view -> view.entry().id()).containsExactly("accept-1", "deposit-1");
        TransactionView acceptance = page.items().get(0);
        assertThat(acceptance.from()).isEqualTo(new Party("customer", "Name of customer", "customer@example.test"));
        assertThat(acceptance.to()).isEqualTo(new Party("admin", "Name of admin", "admin@example.test"));
        TransactionView deposit = page.items().get(1);
        assertThat(deposit.from()).isNull();
        assertThat(deposit.to()).isEqualTo(new Party("customer", "Name of customer", "customer@example.test"));
        assertThat(deposit.entry()).isEqualTo(deposit("deposit-1", "customer", 0));
    }

    @ContractTest
    void itemsArePagedAndCountedAndEqualTimesAreOrderedByIdNewestFirst(Backend backend) {
        backend.run(stores -> {
            people(stores);
            for (int index = 1; index <= 5; index++) {
                stores.history().add(deposit("deposit-" + index, "customer", 0));
            }
        });

        Page<TransactionView> second = backend.transaction(stores ->
                stores.history().forUser("customer", null, new PageRequest(2, 2)));
        Page<TransactionView> beyond = backend.transaction(stores ->
                stores.history().forUser("customer", null, new PageRequest(4, 2)));

        assertThat(second.items()).extracting(view -> view.entry().id()).containsExactly("deposit-3", "deposit-2");
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.totalPages()).isEqualTo(3);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    @ContractTest
    void itemsCanBeFilteredByType(Backend backend) {
        backend.run(stores -> {
            people(stores);
            stores.history().add(deposit("deposit-1", "customer", 0));
            stores.history().add(transfer("accept-1", TransactionType.WALLET_TRANSFER, "customer", "admin", 10));
            stores.history().add(transfer("refund-1", TransactionType.REFUND, "admin", "customer", 20));
        });

        Page<TransactionView> refunds = backend.transaction(stores ->
                stores.history().forUser("customer", TransactionType.REFUND, FIRST_TWENTY));
        Page<TransactionView> withdrawals = backend.transaction(stores ->
                stores.history().forUser("customer", TransactionType.WITHDRAWAL, FIRST_TWENTY));

        assertThat(refunds.items()).extracting(view -> view.entry().id()).containsExactly("refund-1");
        assertThat(refunds.total()).isEqualTo(1);
        assertThat(withdrawals.items()).isEmpty();
        assertThat(withdrawals.total()).isZero();
    }

    @ContractTest
    void savingAnItemSettlesItsStatusTransferAndCompletionTime(Backend backend) {
        backend.run(stores -> {
            people(stores);
            stores.history().add(deposit("deposit-1", "customer", 0));
        });

        backend.run(stores -> {
            TransactionEntry pending = stores.history().byId("deposit-1").orElseThrow();
            stores.history().save(pending.settle(TransactionStatus.COMPLETED, "transfer-1", Seed.at(30)));
        });

        TransactionEntry settled = backend.transaction(stores -> stores.history().byId("deposit-1").orElseThrow());
        assertThat(settled.status()).isEqualTo(TransactionStatus.COMPLETED);
        assertThat(settled.transferId()).isEqualTo("transfer-1");
        assertThat(settled.completedAt()).isEqualTo(Seed.at(30));
        assertThat(settled.createdAt()).isEqualTo(Seed.at(0));
        backend.run(stores -> assertThat(stores.history().byId("nothing")).isEmpty());
    }

    @ContractTest
    void savingAnItemThatWasNeverAddedIsAProgrammerError(Backend backend) {
        assertThatThrownBy(() -> backend.run(stores -> stores.history().save(deposit("ghost", "customer", 0))))
                .isInstanceOf(IllegalStateException.class);
    }

    private static void people(Stores stores) {
        for (String id : List.of("customer", "contractor", "admin")) {
            Seed.member(stores, id, id.equals("admin") ? Role.ADMIN : Role.CUSTOMER);
        }
    }

    private static TransactionEntry deposit(String id, String userId, int seconds) {
        return new TransactionEntry(id, TransactionType.DEPOSIT, Money.dollars(100), null, userId, null, null,
                TransactionStatus.PENDING, "Deposit $100 via Stripe", null, Seed.at(seconds), null);
    }

    private static TransactionEntry transfer(String id, TransactionType type, String from, String to, int seconds) {
        return new TransactionEntry(id, type, Money.ofCents(105_00), from, to, "offer-1", "job-1",
                TransactionStatus.COMPLETED, "Offer accepted - $105 transferred to admin", "transfer-" + id,
                Seed.at(seconds), Seed.at(seconds));
    }
}
