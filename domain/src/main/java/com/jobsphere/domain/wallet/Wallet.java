package com.jobsphere.domain.wallet;

import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.common.UserId;
import java.time.Instant;
import java.util.Objects;

/** A user's USD wallet: its identity and frozen state. Its balance lives in the ledger. */
public record Wallet(String id, UserId userId, boolean frozen, String frozenReason, Instant createdAt, Instant updatedAt) {
    public Wallet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static Wallet open(String id, UserId userId, Instant at) {
        return new Wallet(id, userId, false, null, at, at);
    }

    public Wallet freeze(String reason, Instant at) {
        return new Wallet(id, userId, true, reason, createdAt, at);
    }

    public Wallet unfreeze(Instant at) {
        return new Wallet(id, userId, false, null, createdAt, at);
    }

    /** Refuses with a message containing "frozen", which the app matches on. */
    public void requireNotFrozen() {
        if (frozen) {
            throw BusinessRuleViolated.walletFrozen();
        }
    }
}
