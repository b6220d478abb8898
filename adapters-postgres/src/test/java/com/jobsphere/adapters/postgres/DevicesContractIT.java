package com.jobsphere.adapters.postgres;

import static com.jobsphere.adapters.postgres.Seed.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.notification.Device;
import com.jobsphere.domain.notification.DevicePlatform;
import java.util.List;

class DevicesContractIT {
    @ContractTest
    void aRegisteredDeviceIsFoundByTokenAndAmongItsOwnersAndRegisteringAgainUpdatesIt(Backend backend) {
        UserId customer = backend.transaction(stores -> Seed.customer(stores, "customer"));
        Device phone = new Device("phone-token", customer, DevicePlatform.ANDROID, at(1));
        Device tablet = new Device("tablet-token", customer, DevicePlatform.IOS, at(2));
        Device phoneAgain = new Device("phone-token", customer, DevicePlatform.WEB, at(3));

        backend.run(stores -> {
            stores.devices().register(phone);
            stores.devices().register(tablet);
        });
        backend.run(stores -> stores.devices().register(phoneAgain));

        backend.run(stores -> {
            assertThat(stores.devices().byToken("phone-token")).contains(phoneAgain);
            assertThat(stores.devices().of(customer)).containsExactly(tablet, phoneAgain);
            assertThat(stores.devices().byToken("unknown")).isEmpty();
        });
    }

    @ContractTest
    void aTokenRegisteredByAnotherUserMovesToThem(Backend backend) {
        UserId first = backend.transaction(stores -> Seed.customer(stores, "first"));
        UserId second = backend.transaction(stores -> Seed.customer(stores, "second"));
        backend.run(stores -> stores.devices().register(new Device("shared", first, DevicePlatform.ANDROID, at(1))));

        Device moved = new Device("shared", second, DevicePlatform.ANDROID, at(2));
        backend.run(stores -> stores.devices().register(moved));

        backend.run(stores -> {
            assertThat(stores.devices().byToken("shared")).contains(moved);
            assertThat(stores.devices().of(first)).isEmpty();
        });
    }

    @ContractTest
    void removingTakesOnlyTheOwnersDeviceAndForgettingTakesAnyones(Backend backend) {
        UserId owner = backend.transaction(stores -> Seed.customer(stores, "owner"));
        UserId stranger = backend.transaction(stores -> Seed.customer(stores, "stranger"));
        backend.run(stores -> {
            stores.devices().register(new Device("phone", owner, DevicePlatform.ANDROID, at(1)));
            stores.devices().register(new Device("laptop", owner, DevicePlatform.WEB, at(1)));
        });

        assertThat(backend.<Boolean>transaction(stores -> stores.devices().remove(stranger, "phone"))).isFalse();
        assertThat(backend.<Boolean>transaction(stores -> stores.devices().remove(owner, "phone"))).isTrue();
        assertThat(backend.<Boolean>transaction(stores -> stores.devices().remove(owner, "phone"))).isFalse();
        assertThat(backend.<Boolean>transaction(stores -> stores.devices().forget("laptop"))).isTrue();
        assertThat(backend.<Boolean>transaction(stores -> stores.devices().forget("laptop"))).isFalse();
        List<Device> left = backend.transaction(stores -> stores.devices().of(owner));
        assertThat(left).isEmpty();
    }
}
