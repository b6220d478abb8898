package com.jobsphere.application.notification;

import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.IdempotentRequest;
import com.jobsphere.domain.common.ValidationFailed;
import com.jobsphere.domain.common.WireNames;
import com.jobsphere.domain.notification.Device;
import com.jobsphere.domain.notification.DevicePlatform;
import com.jobsphere.domain.user.Caller;
import java.time.Clock;

/**
 * The app registers the device it runs on to receive the caller's pushes. Registering a known token again is fine;
 * a token another user registered moves to the caller, and nothing queued for that user is sent to it.
 */
public final class RegisterDevice {
    static final String TOKEN_REFUSED = "token must be 1-4096 visible ASCII characters, as FCM issues them";
    static final String PLATFORM_REFUSED = "platform must be one of android, ios, web";

    private final Transactions transactions;
    private final Clock clock;

    public RegisterDevice(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    public record Command(Caller caller, String token, String platform, IdempotentRequest<Device> request) {
    }

    public Device execute(Command command) {
        String token = Tokens.check(command.token());
        if (command.platform() == null) {
            throw new ValidationFailed("platform", "platform is required");
        }
        DevicePlatform platform = WireNames.parse(DevicePlatform.class, command.platform())
                .orElseThrow(() -> new ValidationFailed("platform", PLATFORM_REFUSED));
        return transactions.run(command.request(), stores -> {
            Device device = new Device(token, command.caller().userId(), platform, clock.instant());
            stores.devices().register(device);
            return device;
        });
    }

    /** The one check of a device token the app sends, in a body or a path. */
    static final class Tokens {
        private Tokens() {
        }

        static String check(String token) {
            if (token == null) {
                throw new ValidationFailed("token", "token is required");
            }
            if (!Device.isWellFormed(token)) {
                throw new ValidationFailed("token", TOKEN_REFUSED);
            }
            return token;
        }
    }
}
