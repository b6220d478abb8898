package com.jobsphere.adapters.postgres;

import static com.jobsphere.adapters.postgres.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GatewayEventsContractIT {
    @ContractTest
    void anEventIsNewOnlyTheFirstTime(Backend backend) {
        assertThat(recordIfNew(backend, "evt_1")).isTrue();
        assertThat(recordIfNew(backend, "evt_1")).isFalse();
        assertThat(recordIfNew(backend, "evt_2")).isTrue();
    }

    /** The event is recorded with the change it causes: if that change rolls back, the event was never seen. */
    @ContractTest
    void anEventWhoseTransactionRolledBackIsStillNew(Backend backend) {
        assertThatThrownBy(() -> backend.run(stores -> {
            stores.gatewayEvents().recordIfNew("evt_1", "checkout.session.completed", T0);
            throw new IllegalStateException("the credit failed");
        })).hasMessage("the credit failed");

        assertThat(recordIfNew(backend, "evt_1")).isTrue();
    }

    private static boolean recordIfNew(Backend backend, String eventId) {
        return backend.transaction(stores -> stores.gatewayEvents().recordIfNew(eventId, "checkout.session.completed", T0));
    }
}
