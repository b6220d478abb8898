package com.jobsphere.application.common;

import com.jobsphere.domain.common.NotFound;
import java.util.Optional;

/** Turns an absent row into the domain's "not found", naming what was missing. */
public final class Lookups {
    private Lookups() {
    }

    public static <T> T found(Optional<T> value, String what) {
        return value.orElseThrow(() -> new NotFound(what));
    }
}
