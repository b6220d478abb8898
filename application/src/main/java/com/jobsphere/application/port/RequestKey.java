package com.jobsphere.application.port;

import com.jobsphere.domain.common.Checks;
import com.jobsphere.domain.common.UserId;
import java.util.Objects;

/**
 * An {@code Idempotency-Key} as the service keeps it: unique per caller, with a fingerprint of the
 * request it was first sent with (method, path and body), so that reusing it for another request is
 * recognised and refused.
 */
public record RequestKey(UserId callerId, String key, String fingerprint) {
    public static final int MAXIMUM_KEY_LENGTH = 255;

    public RequestKey {
        Objects.requireNonNull(callerId, "callerId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Checks.require(!key.isBlank(), "key must not be blank");
        Checks.require(key.length() <= MAXIMUM_KEY_LENGTH, "key must be at most 255 characters");
    }

    /** The name of the lock a request holds while it is being worked on, across its transactions. */
    public String lockName() {
        return "request\u0000" + callerId + "\u0000" + key;
    }
}
