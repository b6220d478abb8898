package com.jobsphere.application.port;

import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.wallet.TransactionType;

/**
 * The user-facing transaction history, read from the ledger: a view of its transfers and postings, joined with
 * the deposits that never moved money (pending, failed or cancelled). There is no copy of the ledger to keep in
 * step; an item's status is its deposit's or withdrawal's own.
 */
public interface History {
    /**
     * The user's items (from or to them), newest first, optionally of one type, with parties populated. The
     * platform appears as {@code platformUserId}, and that user's history is the platform's: every escrow movement.
     */
    Page<TransactionView> forUser(UserId userId, UserId platformUserId, TransactionType type, PageRequest page);
}
