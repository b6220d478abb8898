package com.jobsphere.domain.common;

/** The id of an offer: opaque and URL-safe. A type of its own, so it cannot be passed where another id belongs. */
public record OfferId(String value) implements TypedId {
    public OfferId {
        Ids.check(value, "OfferId");
    }

    @Override
    public String toString() {
        return value;
    }
}
