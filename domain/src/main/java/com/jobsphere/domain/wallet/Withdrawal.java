package com.jobsphere.domain.wallet;

import com.jobsphere.domain.money.Money;
import java.time.Instant;
import java.util.Objects;

/** A contractor's request to move money from their wallet to their bank. Its id is also its history item's. */
public record Withdrawal(String id, String userId, Money amount, WithdrawalStatus status, String stripeTransferId,
        String failureReason, Instant requestedAt, Instant processedAt) {

    public Withdrawal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }

    public static Withdrawal request(String id, String userId, Money amount, Instant at) {
        return new Withdrawal(id, userId, amount, WithdrawalStatus.PENDING, null, null, at, null);
    }

    /** The Stripe transfer for this withdrawal is keyed by this, so a retry can never pay twice. */
    public String transferIdempotencyKey() {
        return "withdrawal-" + id;
    }

    public Withdrawal startProcessing() {
        WithdrawalStatus.TRANSITIONS.check(status, WithdrawalStatus.PROCESSING);
        return new Withdrawal(id, userId, amount, WithdrawalStatus.PROCESSING, null, null, requestedAt, null);
    }

    public Withdrawal complete(String transferId, Instant at) {
        WithdrawalStatus.TRANSITIONS.check(status, WithdrawalStatus.COMPLETED);
        return new Withdrawal(id, userId, amount, WithdrawalStatus.COMPLETED, transferId, null, requestedAt, at);
    }

    public Withdrawal fail(String reason, Instant at) {
        WithdrawalStatus.TRANSITIONS.check(status, WithdrawalStatus.FAILED);
        return new Withdrawal(id, userId, amount, WithdrawalStatus.FAILED, null, reason, requestedAt, at);
    }

    public Withdrawal reject(String reason, Instant at) {
        WithdrawalStatus.TRANSITIONS.check(status, WithdrawalStatus.REJECTED);
        return new Withdrawal(id, userId, amount, WithdrawalStatus.REJECTED, null, reason, requestedAt, at);
    }
}
