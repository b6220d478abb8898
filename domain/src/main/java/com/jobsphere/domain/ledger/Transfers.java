package com.jobsphere.domain.ledger;

import com.jobsphere.domain.money.Fees;
import com.jobsphere.domain.money.Money;
import java.time.Instant;
import java.util.List;

/**
 * The postings of every money flow, written once. Each business operation calls exactly one of
 * these and posts the transfer it returns in the same database transaction as its state change.
 */
public final class Transfers {
    private Transfers() {
    }

    /** A paid Checkout Session: the outside world → the customer's wallet. */
    public static Transfer depositCredited(String id, Instant at, String userId, Money amount) {
        return move(id, TransferType.DEPOSIT_CREDITED, at, Account.STRIPE_CLEARING, Account.wallet(userId), amount);
    }

    /** An accepted offer: the customer's wallet → escrow, the whole totalCharge. */
    public static Transfer offerAccepted(String id, Instant at, String customerId, Fees fees) {
        return move(id, TransferType.OFFER_ACCEPTED, at, Account.wallet(customerId), Account.ESCROW, fees.totalCharge());
    }

    /** A rejection or cancellation after acceptance: escrow → the customer's wallet, the whole totalCharge. */
    public static Transfer offerRefunded(String id, Instant at, String customerId, Fees fees) {
        return move(id, TransferType.OFFER_REFUNDED, at, Account.ESCROW, Account.wallet(customerId), fees.totalCharge());
    }

    /** An approved completion: escrow → the contractor's payout, and escrow → the platform's commission. */
    public static Transfer completionApproved(String id, Instant at, String contractorId, Fees fees) {
        return new Transfer(id, TransferType.COMPLETION_APPROVED, List.of(
                new Posting(Account.ESCROW, -fees.totalCharge().cents()),
                new Posting(Account.wallet(contractorId), fees.contractorPayout().cents()),
                new Posting(Account.REVENUE, fees.adminCommission().cents())), at);
    }

    /** A withdrawal request: the contractor's wallet → withdrawals pending, so it cannot be spent twice. */
    public static Transfer withdrawalReserved(String id, Instant at, String contractorId, Money amount) {
        return move(id, TransferType.WITHDRAWAL_RESERVED, at, Account.wallet(contractorId), Account.WITHDRAWALS_PENDING, amount);
    }

    /** A withdrawal paid out by Stripe: withdrawals pending → the outside world. */
    public static Transfer withdrawalCompleted(String id, Instant at, Money amount) {
        return move(id, TransferType.WITHDRAWAL_COMPLETED, at, Account.WITHDRAWALS_PENDING, Account.STRIPE_CLEARING, amount);
    }

    /** A withdrawal rejected or refused by Stripe: withdrawals pending → back to the contractor's wallet. */
    public static Transfer withdrawalReturned(String id, Instant at, String contractorId, Money amount) {
        return move(id, TransferType.WITHDRAWAL_RETURNED, at, Account.WITHDRAWALS_PENDING, Account.wallet(contractorId), amount);
    }

    private static Transfer move(String id, TransferType type, Instant at, Account from, Account to, Money amount) {
        if (amount.isZero()) {
            throw new IllegalArgumentException("a transfer moves a non-zero amount");
        }
        return new Transfer(id, type, List.of(new Posting(from, -amount.cents()), new Posting(to, amount.cents())), at);
    }
}
