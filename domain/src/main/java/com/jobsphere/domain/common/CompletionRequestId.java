package com.jobsphere.domain.common;

/** The id of a completion request: opaque and URL-safe. A type of its own, so it cannot be passed where another id belongs. */
public record CompletionRequestId(String value) implements TypedId {
    public CompletionRequestId {
        Ids.check(value, "CompletionRequestId");
    }

    @Override
    public String toString() {
        return value;
    }
}
