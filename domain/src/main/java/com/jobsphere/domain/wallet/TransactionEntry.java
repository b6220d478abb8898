package com.jobsphere.domain.wallet;

import com.jobsphere.domain.money.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * One item of the user-facing transaction history: a view of a ledger transfer, or of a deposit or
 * withdrawal that has not moved money yet. {@code fromUserId}/{@code toUserId} name users; the
 * platform appears as its admin.
 */
public record TransactionEntry(String id, TransactionType type, Money amount, String fromUserId, String toUserId,
        String offerId, String jobId, TransactionStatus status, String description, String transferId,
        Instant createdAt, Instant completedAt) {

    public TransactionEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public TransactionEntry settle(TransactionStatus target, String transfer, Instant at) {
        return new TransactionEntry(id, type, amount, fromUserId, toUserId, offerId, jobId, target, description,
                transfer, createdAt, at);
    }
}
