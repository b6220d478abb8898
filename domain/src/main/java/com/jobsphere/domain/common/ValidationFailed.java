package com.jobsphere.domain.common;

import java.util.List;

/** Input that is malformed or out of bounds (400), naming the field at fault. */
public final class ValidationFailed extends DomainException {
    private static final long serialVersionUID = 1L;

    public ValidationFailed(String field, String message) {
        super(message, List.of(new FieldError(field, message)));
    }

    public ValidationFailed(String message, List<FieldError> errors) {
        super(message, errors);
    }
}
