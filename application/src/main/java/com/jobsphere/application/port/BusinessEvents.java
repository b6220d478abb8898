package com.jobsphere.application.port;

import com.jobsphere.domain.ledger.TransferType;
import com.jobsphere.domain.wallet.WithdrawalStatus;

/**
 * What the business did, told for the operators' counters (CONTRACT.md §14). Each event is told once its
 * transaction has committed, and never for a transaction that rolled back or was retried: a counter never counts
 * money that did not move. Implementations are called on the request's thread right after the commit, so they
 * must be quick, do no I/O, and never throw.
 */
public interface BusinessEvents {
    /** Tells nobody: for tools and tests that keep no counters. */
    BusinessEvents NONE = new BusinessEvents() {
        @Override
        public void moneyMoved(TransferType type, long amountCents) {
        }

        @Override
        public void withdrawalEnded(WithdrawalStatus end, long amountCents) {
        }

        @Override
        public void paymentEvent(String kind, String outcome) {
        }

        @Override
        public void requestReplayed() {
        }
    };

    /**
     * A ledger transfer committed. {@code amountCents} is the money it moved: the sum of its credits, which equals
     * the sum of its debits. A deposit credited is a {@link TransferType#DEPOSIT_CREDITED} transfer.
     */
    void moneyMoved(TransferType type, long amountCents);

    /** A withdrawal reached an end ({@code COMPLETED}, {@code FAILED} or {@code REJECTED}) and that committed. */
    void withdrawalEnded(WithdrawalStatus end, long amountCents);

    /**
     * A payment provider's event was handled. {@code kind} is one of a few fixed words ({@code deposit_paid},
     * {@code deposit_failed}, {@code account_updated}, {@code other}, or {@code unverified} for an event whose
     * signature was refused); {@code outcome} is {@code applied}, {@code duplicate}, {@code ignored},
     * {@code refused}, or {@code unverified}.
     */
    void paymentEvent(String kind, String outcome);

    /** A request with an Idempotency-Key was answered with the response recorded for its first sending. */
    void requestReplayed();
}
