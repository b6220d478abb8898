package com.jobsphere.domain.common;

/** The id of a withdrawal: opaque and URL-safe. A type of its own, so it cannot be passed where another id belongs. */
public record WithdrawalId(String value) implements TypedId {
    public WithdrawalId {
        Ids.check(value, "WithdrawalId");
    }

    @Override
    public String toString() {
        return value;
    }
}
