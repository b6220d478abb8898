package com.jobsphere.application.fakes;

import com.jobsphere.application.port.Devices;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.notification.Device;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryDevices implements Devices {
    private final InMemoryState state;

    InMemoryDevices(InMemoryState state) {
        this.state = state;
    }

    /** A token that moves to another user leaves the pushes queued for its last owner behind, dropped. */
    @Override
    public void register(Device device) {
        InMemoryState.requireReference(state.users, device.owner(), "user");
        Device previous = state.devicesByToken.get(device.token());
        if (previous != null && !previous.owner().equals(device.owner())) {
            InMemoryPushOutbox.drop(state, previous);
        }
        state.devicesByToken.put(device.token(), device);
    }

    @Override
    public boolean remove(UserId owner, String token) {
        Device device = state.devicesByToken.get(token);
        if (device == null || !device.owner().equals(owner)) {
            return false;
        }
        return forget(token);
    }

    @Override
    public boolean forget(String token) {
        Device device = state.devicesByToken.remove(token);
        if (device == null) {
            return false;
        }
        InMemoryPushOutbox.drop(state, device);
        return true;
    }

    @Override
    public Optional<Device> byToken(String token) {
        return Optional.ofNullable(state.devicesByToken.get(token));
    }

    @Override
    public List<Device> of(UserId owner) {
        return state.devicesByToken.values().stream().filter(device -> device.owner().equals(owner))
                .sorted(Comparator.comparing(Device::registeredAt).thenComparing(Device::token)).toList();
    }
}
