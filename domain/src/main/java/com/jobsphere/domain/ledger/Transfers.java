package com.jobsphere.domain.ledger;

import com.jobsphere.domain.common.DepositId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.common.WithdrawalId;
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

    /**
     * A paid Checkout Session: the outside world → the customer's wallet. Its id is derived from the deposit, so a
     * second credit of one deposit collides on the ledger's key whatever else let it through.
     */
    public static Transfer depositCredited(Instant at, DepositId deposit, UserId userId, Money amount) {
        return move("deposit-" + deposit, TransferType.DEPOSIT_CREDITED, at, Account.STRIPE_CLEARING,
                Account.wallet(userId), amount, new Subject.Deposit(deposit));
    }

    /** An accepted offer: the customer's wallet → escrow, the whole totalCharge. */
    public static Transfer offerAccepted(String id, Instant at, UserId customerId, Fees fees, Subject.Offer offer) {
        return move(id, TransferType.OFFER_ACCEPTED, at, Account.wallet(customerId), Account.ESCROW, fees.totalCharge(),
                offer);
    }

    /** A rejection or cancellation after acceptance: escrow → the customer's wallet, the whole totalCharge. */
    public static Transfer offerRefunded(String id, Instant at, UserId customerId, Fees fees, Subject.Offer offer) {
        return move(id, TransferType.OFFER_REFUNDED, at, Account.ESCROW, Account.wallet(customerId), fees.totalCharge(),
                offer);
    }

    /** An approved completion: escrow → the contractor's payout, and escrow → the platform's commission. */
    public static Transfer completionApproved(String id, Instant at, UserId contractorId, Fees fees, Subject.Offer offer) {
        return new Transfer(id, TransferType.COMPLETION_APPROVED, List.of(
                new Posting(Account.ESCROW, -fees.totalCharge().cents()),
                new Posting(Account.wallet(contractorId), fees.contractorPayout().cents()),
                new Posting(Account.REVENUE, fees.adminCommission().cents())), at, offer);
    }

    /** A withdrawal request: the contractor's wallet → withdrawals pending, so it cannot be spent twice. */
    public static Transfer withdrawalReserved(String id, Instant at, UserId contractorId, Money amount,
            WithdrawalId withdrawal) {
        return move(id, TransferType.WITHDRAWAL_RESERVED, at, Account.wallet(contractorId), Account.WITHDRAWALS_PENDING,
                amount, new Subject.Withdrawal(withdrawal));
    }

    /** A withdrawal paid out by Stripe: withdrawals pending → the outside world. */
    public static Transfer withdrawalCompleted(String id, Instant at, Money amount, WithdrawalId withdrawal) {
        return move(id, TransferType.WITHDRAWAL_COMPLETED, at, Account.WITHDRAWALS_PENDING, Account.STRIPE_CLEARING,
                amount, new Subject.Withdrawal(withdrawal));
    }

    /** A withdrawal rejected or refused by Stripe: withdrawals pending → back to the contractor's wallet. */
    public static Transfer withdrawalReturned(String id, Instant at, UserId contractorId, Money amount,
            WithdrawalId withdrawal) {
        return move(id, TransferType.WITHDRAWAL_RETURNED, at, Account.WITHDRAWALS_PENDING, Account.wallet(contractorId),
                amount, new Subject.Withdrawal(withdrawal));
    }

    private static Transfer move(String id, TransferType type, Instant at, Account from, Account to, Money amount,
            Subject subject) {
        if (amount.isZero()) {
            throw new IllegalArgumentException("a transfer moves a non-zero amount");
        }
        return new Transfer(id, type, List.of(new Posting(from, -amount.cents()), new Posting(to, amount.cents())), at,
                subject);
    }
}
