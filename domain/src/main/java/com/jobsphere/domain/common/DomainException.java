package com.jobsphere.domain.common;

import java.util.List;
import java.util.Objects;

/**
 * The closed family of expected refusals. The HTTP adapter maps each kind to one status code, once.
 * Anything that is not a {@code DomainException} is a programmer error or an infrastructure failure.
 */
public abstract sealed class DomainException extends RuntimeException
        permits ValidationFailed, NotFound, Forbidden, BusinessRuleViolated, Conflict, Unauthenticated,
        TooManyRequests {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    protected DomainException(String message, List<FieldError> errors) {
        super(Objects.requireNonNull(message, "message"), null, false, false);
        this.errors = List.copyOf(errors);
    }

    /** The per-field details, empty when no single field is to blame. */
    public List<FieldError> errors() {
        return errors;
    }
}
