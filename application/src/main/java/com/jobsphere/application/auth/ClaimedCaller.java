package com.jobsphere.application.auth;

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
}
