package com.jobsphere.application.port;

import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.wallet.TransactionStatus;
import com.jobsphere.domain.wallet.TransactionType;
import java.time.Instant;
import java.util.Objects;

/**
 * One item of the user-facing history, a view of the ledger: a transfer as it touches the user's wallet, or a
 * deposit or withdrawal, named by its own id. Either party may be null (a deposit has no sender); the platform
 * appears as its admin. {@code offer} and {@code job} are set for the movements of an offer.
 */
public record TransactionView(String id, TransactionType type, Money amount, Party from, Party to, OfferId offer,
        JobId job, TransactionStatus status, Instant createdAt, Instant completedAt) {
    public TransactionView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The reference's words for the item, e.g. "Offer accepted - $105 transferred to admin". */
    public String description() {
        return type.describe(amount);
    }
}
