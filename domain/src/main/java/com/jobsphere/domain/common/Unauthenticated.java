package com.jobsphere.domain.common;

import java.util.List;

/** A caller who could not be identified (401). */
public final class Unauthenticated extends DomainException {
    private static final long serialVersionUID = 1L;

    public Unauthenticated(String message) {
        super(message, List.of());
    }
}
