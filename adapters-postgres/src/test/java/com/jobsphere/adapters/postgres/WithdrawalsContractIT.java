package com.jobsphere.adapters.postgres;

import static com.jobsphere.adapters.postgres.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.wallet.Withdrawal;
import com.jobsphere.domain.wallet.WithdrawalStatus;

class WithdrawalsContractIT {
    @ContractTest
    void aWithdrawalKeepsEveryFieldThroughItsStates(Backend backend) {
        backend.run(stores -> Seed.contractor(stores, "contractor"));
        Withdrawal requested = Withdrawal.request("withdrawal-1", "contractor", Money.dollars(50), T0);
        backend.run(stores -> stores.withdrawals().add(requested));

        backend.run(stores -> stores.withdrawals().save(stores.withdrawals().lock("withdrawal-1").orElseThrow().startProcessing(Seed.openWallet("contractor"), T0)));
        backend.run(stores -> stores.withdrawals().save(stores.withdrawals().lock("withdrawal-1").orElseThrow()
                .fail("Account closed", Seed.at(9))));

        backend.run(stores -> {
            assertThat(stores.withdrawals().byId("withdrawal-1"))
                    .contains(requested.startProcessing(Seed.openWallet("contractor"), T0).fail("Account closed", Seed.at(9)));
            assertThat(stores.withdrawals().byId("nothing")).isEmpty();
        });
    }

    @ContractTest
    void withdrawalsAreListedNewestFirstAndFilteredByStatus(Backend backend) {
        backend.run(stores -> {
            Seed.contractor(stores, "contractor");
            stores.withdrawals().add(Withdrawal.request("withdrawal-1", "contractor", Money.dollars(10), Seed.at(1)));
            stores.withdrawals().add(Withdrawal.request("withdrawal-2", "contractor", Money.dollars(20), Seed.at(2))
                    .reject("Suspicious", Seed.at(3)));
            stores.withdrawals().add(Withdrawal.request("withdrawal-3", "contractor", Money.dollars(30), Seed.at(3)));
        });

        Page<Withdrawal> pending = backend.transaction(stores ->
                stores.withdrawals().list(WithdrawalStatus.PENDING, new PageRequest(1, 20)));
        Page<Withdrawal> all = backend.transaction(stores -> stores.withdrawals().list(null, new PageRequest(2, 2)));

        assertThat(pending.items()).extracting(Withdrawal::id).containsExactly("withdrawal-3", "withdrawal-1");
        assertThat(all.items()).extracting(Withdrawal::id).containsExactly("withdrawal-1");
        assertThat(all.total()).isEqualTo(3);
    }
}
