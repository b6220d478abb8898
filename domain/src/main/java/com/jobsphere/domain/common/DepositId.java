package com.jobsphere.domain.common;

/** The id of a deposit: opaque and URL-safe. A type of its own, so it cannot be passed where another id belongs. */
public record DepositId(String value) implements TypedId {
    public DepositId {
        Ids.check(value, "DepositId");
    }

    @Override
    public String toString() {
        return value;
    }
}
