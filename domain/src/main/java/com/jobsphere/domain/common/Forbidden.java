package com.jobsphere.domain.common;

import java.util.List;

/** An authenticated caller who may not do this (403). */
public final class Forbidden extends DomainException {
    private static final long serialVersionUID = 1L;

    public Forbidden(String message) {
        super(message, List.of());
    }
}
