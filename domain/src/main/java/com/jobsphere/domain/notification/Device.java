package com.jobsphere.domain.notification;

import com.jobsphere.domain.common.Checks;
import com.jobsphere.domain.common.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A device that receives its owner's pushes, known by its FCM registration token. A token names one app install,
 * so it belongs to one user at a time: registered by another user, it moves to them.
 *
 * @param token the FCM registration token; it travels in URL paths, so it is visible ASCII without spaces
 */
public record Device(String token, UserId owner, DevicePlatform platform, Instant registeredAt) {
    /** FCM's tokens are a few hundred characters; this leaves room without letting a body hold megabytes. */
    public static final int MOST_TOKEN_CHARS = 4096;

    public Device {
        Objects.requireNonNull(token, "token");
        Checks.require(isWellFormed(token), "token must be 1-4096 visible ASCII characters");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }

    /** Whether a device could have this token: 1 to 4096 characters from '!' to '~'. */
    public static boolean isWellFormed(String token) {
        if (token == null || token.isEmpty() || token.length() > MOST_TOKEN_CHARS) {
            return false;
        }
        return token.chars().allMatch(c -> c >= '!' && c <= '~');
    }

    /** The token is left out: with the server's credentials it reaches the device, so it stays out of logs. */
    @Override
    public String toString() {
        return "Device[owner=" + owner + ", platform=" + platform + ", registeredAt=" + registeredAt + "]";
    }
}
