package com.jobsphere.adapters.postgres;

import static com.jobsphere.adapters.postgres.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.application.port.ConcurrentUpdate;
import com.jobsphere.application.port.ConnectedAccount;
import com.jobsphere.domain.common.UserId;

class ConnectedAccountsContractIT {
    private static final UserId CONTRACTOR = new UserId("contractor");

    @ContractTest
    void anAccountIsFoundByItsUserAndByItsIdAndKeepsWhatStripeLastSaid(Backend backend) {
        backend.run(stores -> {
            Seed.contractor(stores, "contractor");
            stores.connectedAccounts().add(new ConnectedAccount(CONTRACTOR, "acct_1", false, false, T0));
        });

        backend.run(stores -> stores.connectedAccounts().save(stores.connectedAccounts().byAccountId("acct_1").orElseThrow()
                .withStatus(true, true, Seed.at(60))));

        ConnectedAccount enabled = new ConnectedAccount(CONTRACTOR, "acct_1", true, true, Seed.at(60));
        backend.run(stores -> {
            assertThat(stores.connectedAccounts().byUser(CONTRACTOR)).contains(enabled);
            assertThat(stores.connectedAccounts().byAccountId("acct_1")).contains(enabled);
            assertThat(stores.connectedAccounts().byAccountId("acct_unknown")).isEmpty();
        });
    }

    @ContractTest
    void aContractorHasOneConnectedAccount(Backend backend) {
        backend.run(stores -> {
            Seed.contractor(stores, "contractor");
            stores.connectedAccounts().add(new ConnectedAccount(CONTRACTOR, "acct_1", false, false, T0));
        });

        assertThatThrownBy(() -> backend.run(stores ->
                stores.connectedAccounts().add(new ConnectedAccount(CONTRACTOR, "acct_2", false, false, T0))))
                .isInstanceOf(ConcurrentUpdate.class);
        backend.run(stores -> assertThat(stores.connectedAccounts().byUser(CONTRACTOR))
                .map(ConnectedAccount::accountId).contains("acct_1"));
    }
}
