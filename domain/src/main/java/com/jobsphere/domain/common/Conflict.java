package com.jobsphere.domain.common;

import java.util.List;

/** A request that collides with another one in flight (409). */
public final class Conflict extends DomainException {
    private static final long serialVersionUID = 1L;

    public Conflict(String message) {
        super(message, List.of());
    }
}
