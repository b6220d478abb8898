package com.jobsphere.application.port;

import com.jobsphere.domain.common.UserId;
import java.time.Instant;
import java.util.Objects;

/** A contractor's Stripe Connect account and what Stripe last said of it. */
public record ConnectedAccount(UserId userId, String accountId, boolean detailsSubmitted, boolean payoutsEnabled,
        Instant updatedAt) {
    public ConnectedAccount {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public ConnectedAccount withStatus(boolean submitted, boolean payouts, Instant at) {
        return new ConnectedAccount(userId, accountId, submitted, payouts, at);
    }
}
