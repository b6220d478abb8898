package com.jobsphere.domain.common;

import java.util.Objects;

/** One field named in an error, with what is wrong with it. */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
