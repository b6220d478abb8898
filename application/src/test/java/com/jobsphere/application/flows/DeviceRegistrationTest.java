package com.jobsphere.application.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.notification.RegisterDevice;
import com.jobsphere.application.notification.RemoveDevice;
import com.jobsphere.application.port.PushOutbox.ClaimedPush;
import com.jobsphere.domain.common.ValidationFailed;
import com.jobsphere.domain.notification.Device;
import com.jobsphere.domain.notification.DevicePlatform;
import com.jobsphere.domain.user.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeviceRegistrationTest {
    private final World world = new World();

    @Test
    void aTokenRegisteredAgainIsUpdatedNotDoubled() {
        Caller customer = world.customer();
        world.registerDevice(customer, "phone");

        Device again = register(customer, "phone", "ios");

        List<Device> devices = world.unitOfWork.read(stores -> stores.devices().of(customer.userId()));
        assertThat(devices).containsExactly(again);
        assertThat(again.platform()).isEqualTo(DevicePlatform.IOS);
    }

    @Test
    void aTokenThatMovesToAnotherUserTakesNoneOfItsLastOwnersPushesAlong() {
        Caller first = world.customer();
        Caller second = world.customer();
        world.registerDevice(first, "shared-tablet");
        world.deposit(first, "100");

        world.registerDevice(second, "shared-tablet");
        world.deposit(second, "30");

        List<ClaimedPush> queued = claimAll();
        assertThat(queued).singleElement().satisfies(push -> {
            assertThat(push.notice().recipient()).isEqualTo(second.userId());
            assertThat(push.deviceToken()).isEqualTo("shared-tablet");
        });
    }

    @Test
    void removingLeavesAnotherUsersDeviceAloneAndIsIdempotent() {
        Caller owner = world.customer();
        Caller stranger = world.customer();
        world.registerDevice(owner, "phone");

        assertThat(remove(stranger, "phone")).isFalse();
        assertThat(device("phone")).isPresent();
        assertThat(remove(owner, "phone")).isTrue();
        assertThat(remove(owner, "phone")).isFalse();
        assertThat(device("phone")).isEmpty();
    }

    @Test
    void aMissingOrMalformedTokenOrPlatformIsRefusedNamingTheField() {
        Caller customer = world.customer();

        assertRefused(() -> register(customer, null, "android"), "token", "token is required");
        assertRefused(() -> register(customer, "", "android"), "token", RegisterDeviceMessages.TOKEN);
        assertRefused(() -> register(customer, "has space", "android"), "token", RegisterDeviceMessages.TOKEN);
        assertRefused(() -> register(customer, "x".repeat(4097), "android"), "token", RegisterDeviceMessages.TOKEN);
        assertRefused(() -> register(customer, "phone", null), "platform", "platform is required");
        assertRefused(() -> register(customer, "phone", "windows"), "platform",
                "platform must be one of android, ios, web");
        assertRefused(() -> register(customer, "phone", "ANDROID"), "platform",
                "platform must be one of android, ios, web");
        assertRefused(() -> remove(customer, "bad\ttoken"), "token", RegisterDeviceMessages.TOKEN);
    }

    /** The refusal of a malformed token, as the contract's envelope shows it. */
    private static final class RegisterDeviceMessages {
        static final String TOKEN = "token must be 1-4096 visible ASCII characters, as FCM issues them";
    }

    private static void assertRefused(Runnable call, String field, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ValidationFailed.class, refusal -> {
            assertThat(refusal.getMessage()).isEqualTo(message);
            assertThat(refusal.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo(field));
        });
    }

    private Device register(Caller caller, String token, String platform) {
        return world.useCases.notifications().registerDevice().execute(new RegisterDevice.Command(caller, token,
                platform, null));
    }

    private boolean remove(Caller caller, String token) {
        return world.useCases.notifications().removeDevice().execute(new RemoveDevice.Command(caller, token));
    }

    private Optional<Device> device(String token) {
        return world.unitOfWork.read(stores -> stores.devices().byToken(token));
    }

    private List<ClaimedPush> claimAll() {
        Instant now = world.clock.instant();
        return new Transactions(world.unitOfWork, world.locks, world.clock)
                .run(stores -> stores.pushOutbox().claim("test", now, now.plusSeconds(60), 100));
    }
}
