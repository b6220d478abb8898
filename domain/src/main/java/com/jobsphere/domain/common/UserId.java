package com.jobsphere.domain.common;

/** The id of a user: opaque and URL-safe. A type of its own, so it cannot be passed where another id belongs. */
public record UserId(String value) implements TypedId {
    public UserId {
        Ids.check(value, "UserId");
    }

    @Override
    public String toString() {
        return value;
    }
}
