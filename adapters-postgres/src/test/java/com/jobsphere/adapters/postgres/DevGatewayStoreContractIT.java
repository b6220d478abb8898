package com.jobsphere.adapters.postgres;

import static com.jobsphere.adapters.postgres.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.application.port.DevGatewayStore.Session;
import com.jobsphere.application.port.PaymentGateway.AccountStatus;

class DevGatewayStoreContractIT {
    @ContractTest
    void aDepositHasOneSessionWhoeverAsksFirst(Backend backend) {
        Session first = backend.devGatewayStore().sessionFor("deposit-1", "customer", 10_000, "cs_dev_a", T0);
        Session second = backend.devGatewayStore().sessionFor("deposit-1", "customer", 10_000, "cs_dev_b", Seed.at(1));

        assertThat(second).isEqualTo(first);
        assertThat(first).isEqualTo(new Session("cs_dev_a", "deposit-1", "customer", 10_000, Session.State.OPEN, T0));
        assertThat(backend.devGatewayStore().session("cs_dev_a")).contains(first);
        assertThat(backend.devGatewayStore().session("cs_dev_b")).isEmpty();
    }

    @ContractTest
    void aSessionEndsOnce(Backend backend) {
        backend.devGatewayStore().sessionFor("deposit-1", "customer", 10_000, "cs_dev_a", T0);

        assertThat(backend.devGatewayStore().closeSession("cs_dev_a", Session.State.PAID)).isTrue();
        assertThat(backend.devGatewayStore().closeSession("cs_dev_a", Session.State.EXPIRED)).isFalse();
        assertThat(backend.devGatewayStore().session("cs_dev_a")).map(Session::state).contains(Session.State.PAID);
        assertThat(backend.devGatewayStore().closeSession("cs_dev_unknown", Session.State.PAID)).isFalse();
    }

    @ContractTest
    void aUserHasOneAccountWhosePayoutsCanBeEnabled(Backend backend) {
        String account = backend.devGatewayStore().accountFor("contractor", "acct_dev_a");

        assertThat(backend.devGatewayStore().accountFor("contractor", "acct_dev_b")).isEqualTo(account);
        assertThat(backend.devGatewayStore().account(account)).contains(new AccountStatus(false, false));
        assertThat(backend.devGatewayStore().enablePayouts(account)).isTrue();
        assertThat(backend.devGatewayStore().account(account)).contains(new AccountStatus(true, true));
        assertThat(backend.devGatewayStore().enablePayouts("acct_dev_unknown")).isFalse();
    }

    @ContractTest
    void aTransferIsMadeOncePerKey(Backend backend) {
        String first = backend.devGatewayStore().transferFor("withdrawal-1", "acct_dev_a", 5_000, "tr_dev_a", T0);

        assertThat(backend.devGatewayStore().transferFor("withdrawal-1", "acct_dev_a", 5_000, "tr_dev_b", T0))
                .isEqualTo(first).isEqualTo("tr_dev_a");
        assertThat(backend.devGatewayStore().transfer("withdrawal-1")).contains("tr_dev_a");
        assertThat(backend.devGatewayStore().transfer("withdrawal-2")).isEmpty();
    }
}
