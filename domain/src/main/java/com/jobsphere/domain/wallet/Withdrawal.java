package com.jobsphere.domain.wallet;

import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.common.WithdrawalId;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.common.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A contractor's request to move money from their wallet to their bank. Its id is also its history item's.
 * {@code processingSince} is when its transfer was first attempted; it is set only while the outcome may be
 * unknown, so that a withdrawal left {@code processing} by a crash can be found and settled.
 */
public record Withdrawal(WithdrawalId id, UserId userId, Money amount, WithdrawalStatus status, String stripeTransferId,
        String failureReason, Instant requestedAt, Instant processedAt, Instant processingSince) {

    public Withdrawal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }

    public static Withdrawal request(WithdrawalId id, UserId userId, Money amount, Instant at) {
        return new Withdrawal(id, userId, amount, WithdrawalStatus.PENDING, null, null, at, null, null);
    }

    /** The Stripe transfer for this withdrawal is keyed by this, so a retry can never pay twice. */
    public String transferIdempotencyKey() {
        return "withdrawal-" + id;
    }

    /**
     * Approval: the transfer is about to be attempted. A frozen wallet is refused here, before any money
     * leaves; once a transfer may have been made, the withdrawal is always settled, frozen or not.
     */
    public Withdrawal startProcessing(Wallet wallet, Instant at) {
        Objects.requireNonNull(wallet, "wallet");
        if (!wallet.userId().equals(userId)) {
            throw new IllegalArgumentException("the wallet of another user");
        }
        WithdrawalStatus.TRANSITIONS.check(status, WithdrawalStatus.PROCESSING);
        if (wallet.frozen()) {
            throw BusinessRuleViolated.walletFrozen();
        }
        return new Withdrawal(id, userId, amount, WithdrawalStatus.PROCESSING, null, null, requestedAt, null, at);
    }

    public Withdrawal complete(String transferId, Instant at) {
        WithdrawalStatus.TRANSITIONS.check(status, WithdrawalStatus.COMPLETED);
        return new Withdrawal(id, userId, amount, WithdrawalStatus.COMPLETED, transferId, null, requestedAt, at, null);
    }

    public Withdrawal fail(String reason, Instant at) {
        WithdrawalStatus.TRANSITIONS.check(status, WithdrawalStatus.FAILED);
        return new Withdrawal(id, userId, amount, WithdrawalStatus.FAILED, null, reason, requestedAt, at, null);
    }

    public Withdrawal reject(String reason, Instant at) {
        WithdrawalStatus.TRANSITIONS.check(status, WithdrawalStatus.REJECTED);
        return new Withdrawal(id, userId, amount, WithdrawalStatus.REJECTED, null, reason, requestedAt, at, null);
    }
}
