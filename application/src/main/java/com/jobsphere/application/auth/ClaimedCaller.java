package com.jobsphere.application.auth;

import com.jobsphere.application.port.Stores;
import com.jobsphere.domain.user.Caller;
import java.util.Objects;

/**
 * The caller an access token names, its signature and expiry verified but its user not yet read. Only a use case
 * whose own read proves the user exists takes one (and refuses with {@link Authenticate#unknownCaller()} when it
 * does not): the check then rides on the read the request needs anyway, one round trip instead of two. Every other
 * use case takes the {@link Caller} that {@link Authenticate#execute} returns, proven before it runs.
 */
public record ClaimedCaller(Caller caller) {
    public ClaimedCaller {
        Objects.requireNonNull(caller, "caller");
    }

    /**
     * What to answer when the use case's read did not prove this caller and it would refuse with {@code refusal}:
     * that refusal if the user exists, else 401 {@code Invalid access token}. One more read, on that path only.
     */
    public RuntimeException unproven(Stores stores, RuntimeException refusal) {
        Objects.requireNonNull(refusal, "refusal");
        return stores.users().exists(caller.userId()) ? refusal : Authenticate.unknownCaller();
    }
}
