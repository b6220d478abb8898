package com.jobsphere.adapters.postgres;

import static com.jobsphere.adapters.postgres.Seed.T0;
import static com.jobsphere.adapters.postgres.Seed.at;
import static com.jobsphere.adapters.postgres.Seed.party;
import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.application.port.WithdrawalView;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.common.WithdrawalId;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.wallet.Withdrawal;
import com.jobsphere.domain.wallet.WithdrawalStatus;
import java.util.function.UnaryOperator;

class WithdrawalsContractIT {
    private static final WithdrawalId FIRST = new WithdrawalId("withdrawal-1");

    @ContractTest
    void aWithdrawalKeepsEveryFieldThroughItsStates(Backend backend) {
        UserId contractor = backend.transaction(stores -> Seed.contractor(stores, "contractor"));
        Withdrawal requested = Withdrawal.request(FIRST, contractor, Money.dollars(50), T0);
        backend.run(stores -> stores.withdrawals().add(requested));
        Withdrawal processing = requested.startProcessing(Seed.openWallet(contractor), at(1));

        change(backend, FIRST, withdrawal -> withdrawal.startProcessing(Seed.openWallet(contractor), at(1)));
        backend.run(stores -> assertThat(stores.withdrawals().byId(FIRST)).contains(processing));
        change(backend, FIRST, withdrawal -> withdrawal.fail("Account closed", at(9)));

        backend.run(stores -> {
            assertThat(stores.withdrawals().byId(FIRST)).contains(processing.fail("Account closed", at(9)));
            assertThat(stores.withdrawals().byId(new WithdrawalId("nothing"))).isEmpty();
            assertThat(stores.withdrawals().lock(new WithdrawalId("nothing"))).isEmpty();
        });
    }

    @ContractTest
    void withdrawalsAreListedNewestFirstWithTheirContractorAndFilteredByStatus(Backend backend) {
        UserId contractor = backend.transaction(stores -> {
            UserId id = Seed.contractor(stores, "contractor");
            stores.withdrawals().add(Withdrawal.request(FIRST, id, Money.dollars(10), at(1)));
            stores.withdrawals().add(Withdrawal.request(new WithdrawalId("withdrawal-2"), id, Money.dollars(20), at(2))
                    .reject("Suspicious", at(3)));
            stores.withdrawals().add(Withdrawal.request(new WithdrawalId("withdrawal-3"), id, Money.dollars(30), at(3)));
            return id;
        });

        Page<WithdrawalView> pending = backend.unitOfWork().read(stores ->
                stores.withdrawals().list(WithdrawalStatus.PENDING, new PageRequest(1, 20)));
        Page<WithdrawalView> all = backend.unitOfWork().read(stores ->
                stores.withdrawals().list(null, new PageRequest(2, 2)));

        assertThat(pending.items()).extracting(view -> view.withdrawal().id().value())
                .containsExactly("withdrawal-3", "withdrawal-1");
        assertThat(all.items()).containsExactly(new WithdrawalView(
                Withdrawal.request(FIRST, contractor, Money.dollars(10), at(1)), party(contractor)));
        assertThat(all.total()).isEqualTo(3);
    }

    /** What the janitor settles: transfers attempted and never recorded, oldest attempt first. */
    @ContractTest
    void withdrawalsLeftProcessingAreListedOldestAttemptFirstUpToTheLimit(Backend backend) {
        UserId contractor = backend.transaction(stores -> Seed.contractor(stores, "contractor"));
        for (int index = 1; index <= 4; index++) {
            WithdrawalId id = new WithdrawalId("withdrawal-" + index);
            backend.run(stores -> stores.withdrawals().add(Withdrawal.request(id, contractor, Money.dollars(10), T0)));
        }
        change(backend, FIRST, withdrawal -> withdrawal.startProcessing(Seed.openWallet(contractor), at(30)));
        change(backend, new WithdrawalId("withdrawal-2"), withdrawal ->
                withdrawal.startProcessing(Seed.openWallet(contractor), at(10)));
        change(backend, new WithdrawalId("withdrawal-3"), withdrawal ->
                withdrawal.startProcessing(Seed.openWallet(contractor), at(20)).complete("tr_3", at(21)));

        backend.unitOfWork().read(stores -> {
            assertThat(stores.withdrawals().processingSince(at(31), 10))
                    .containsExactly(new WithdrawalId("withdrawal-2"), FIRST);
            assertThat(stores.withdrawals().processingSince(at(31), 1)).containsExactly(new WithdrawalId("withdrawal-2"));
            assertThat(stores.withdrawals().processingSince(at(30), 10)).containsExactly(new WithdrawalId("withdrawal-2"));
            return null;
        });
    }

    private static void change(Backend backend, WithdrawalId id, UnaryOperator<Withdrawal> change) {
        backend.run(stores -> stores.withdrawals().save(change.apply(stores.withdrawals().lock(id).orElseThrow())));
    }
}
