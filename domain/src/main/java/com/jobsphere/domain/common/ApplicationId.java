package com.jobsphere.domain.common;

/** The id of a contractor's application to a job: opaque and URL-safe. A type of its own, so it cannot be passed where another id belongs. */
public record ApplicationId(String value) implements TypedId {
    public ApplicationId {
        Ids.check(value, "ApplicationId");
    }

    @Override
    public String toString() {
        return value;
    }
}
