package com.jobsphere.adapters.http;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The error envelope: {@code data} is always null and {@code errors} a list, empty when no field is to blame. */
@JsonPropertyOrder({"status", "message", "data", "errors"})
record ErrorEnvelope(int status, String message, Object data, List<Item> errors) {
    ErrorEnvelope {
        errors = List.copyOf(errors);
    }

    ErrorEnvelope(int status, String message, List<Item> errors) {
        this(status, message, null, errors);
    }

    /** One field at fault. */
    record Item(String field, String message) {
    }
}
