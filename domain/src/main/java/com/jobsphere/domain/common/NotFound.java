package com.jobsphere.domain.common;

import java.util.List;

/** A resource that does not exist (404). */
public final class NotFound extends DomainException {
    private static final long serialVersionUID = 1L;

    public NotFound(String what) {
        super(what + " not found", List.of());
    }
}
