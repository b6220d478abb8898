package com.jobsphere.domain.common;

/** The id of a job: opaque and URL-safe. A type of its own, so it cannot be passed where another id belongs. */
public record JobId(String value) implements TypedId {
    public JobId {
        Ids.check(value, "JobId");
    }

    @Override
    public String toString() {
        return value;
    }
}
