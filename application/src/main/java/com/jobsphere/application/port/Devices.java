package com.jobsphere.application.port;

import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.notification.Device;
import java.util.List;
import java.util.Optional;

/**
 * The devices that receive pushes, each known by its FCM registration token, which belongs to one user at a time.
 * A device's queued pushes go when the device goes, so that no push meant for one user ever reaches a device that
 * is no longer theirs.
 */
public interface Devices {
    /**
     * Registers the device to its owner. Registering a token again updates its platform and time; a token that was
     * another user's moves to this owner, and the pushes queued for the other user's device are dropped. Throws
     * {@link ConcurrentUpdate} if another user registered the same token in a transaction that committed while
     * this one ran (a retry then moves it).
     */
    void register(Device device);

    /** Removes the owner's device with this token, and its queued pushes; false if the owner has none such. */
    boolean remove(UserId owner, String token);

    /** Removes the device with this token whoever owns it, and its queued pushes: FCM no longer accepts the token. */
    boolean forget(String token);

    /** The device with this token, whoever owns it; empty if none is registered. */
    Optional<Device> byToken(String token);

    /** The owner's devices, oldest registration first. */
    List<Device> of(UserId owner);
}
