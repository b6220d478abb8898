package com.jobsphere.domain.wallet;

import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.common.DepositId;
import com.jobsphere.domain.common.UserId;
import java.time.Instant;
import java.util.Objects;

/** Money a user is adding through Checkout. Its id is also the id of its history item. */
public record Deposit(DepositId id, UserId userId, Money amount, DepositStatus status, String sessionId,
        Instant createdAt, Instant completedAt) {

    public Deposit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static Deposit start(DepositId id, UserId userId, Money amount, Instant at) {
        return new Deposit(id, userId, amount, DepositStatus.PENDING, null, at, null);
    }

    public Deposit withSession(String session) {
        return new Deposit(id, userId, amount, status, session, createdAt, completedAt);
    }

    public Deposit moveTo(DepositStatus target, Instant at) {
        DepositStatus.TRANSITIONS.check(status, target);
        return new Deposit(id, userId, amount, target, sessionId, createdAt, at);
    }
}
