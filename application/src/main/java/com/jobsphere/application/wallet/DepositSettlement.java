package com.jobsphere.application.wallet;

import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.port.Stores;
import com.jobsphere.domain.ledger.Transfer;
import com.jobsphere.domain.ledger.Transfers;
import com.jobsphere.domain.wallet.Deposit;
import com.jobsphere.domain.wallet.DepositStatus;
import com.jobsphere.domain.wallet.TransactionEntry;
import com.jobsphere.domain.wallet.TransactionStatus;
import java.time.Instant;

/**
 * The end of a deposit and of its history item, written once for the verified payment event and for the
 * janitor. Both lock the deposit's row and act only on a pending deposit, so whichever comes second finds it
 * settled and changes nothing: a deposit is credited exactly once.
 */
final class DepositSettlement {
    private static final System.Logger LOG = System.getLogger(DepositSettlement.class.getName());

    private DepositSettlement() {
    }

    /** What became of a paid session. */
    enum Credit { CREDITED, ALREADY_SETTLED, AMOUNT_MISMATCH }

    /**
     * Credits a locked deposit with the paid amount, if it is still pending and the amount is the one it was
     * started for; a mismatch credits nothing and is logged as an alert. The ledger transfer's id is derived
     * from the deposit, so even a second credit that slipped past the state guard would collide on the key.
     */
    static Credit credit(Stores stores, Deposit deposit, long paidCents, String source, Instant at) {
        if (deposit.status() != DepositStatus.PENDING) {
            return Credit.ALREADY_SETTLED;
        }
        if (paidCents != deposit.amount().cents()) {
            LOG.log(System.Logger.Level.ERROR,
                    "ALERT amount mismatch on deposit {0}: {1} says {2} cents, deposit is {3} cents; nothing credited",
                    deposit.id(), source, paidCents, deposit.amount().cents());
            return Credit.AMOUNT_MISMATCH;
        }
        Transfer transfer = Transfers.depositCredited("deposit-" + deposit.id(), at, deposit.userId(), deposit.amount());
        stores.ledger().post(transfer);
        stores.deposits().save(deposit.moveTo(DepositStatus.COMPLETED, at));
        TransactionEntry entry = Lookups.found(stores.history().byId(deposit.id()), "Transaction");
        stores.history().save(entry.settle(TransactionStatus.COMPLETED, transfer.id(), at));
        return Credit.CREDITED;
    }

    /** Fails or cancels a pending deposit; a deposit that already ended is left as it is. Returns whether it changed. */
    static boolean close(Stores stores, String depositId, DepositStatus target, Instant at) {
        return close(stores, depositId, target, at, false);
    }

    /**
     * Fails a pending deposit that still has no Checkout Session, deciding on the locked row: one that got its
     * session meanwhile (a retry resumed it) has been handed a link, so it is left to that session.
     */
    static boolean abandon(Stores stores, String depositId, Instant at) {
        return close(stores, depositId, DepositStatus.FAILED, at, true);
    }

    private static boolean close(Stores stores, String depositId, DepositStatus target, Instant at, boolean onlyWithoutSession) {
        Deposit deposit = Lookups.found(stores.deposits().lock(depositId), "Deposit");
        if (deposit.status() != DepositStatus.PENDING || (onlyWithoutSession && deposit.sessionId() != null)) {
            return false;
        }
        stores.deposits().save(deposit.moveTo(target, at));
        TransactionEntry entry = Lookups.found(stores.history().byId(deposit.id()), "Transaction");
        TransactionStatus status = target == DepositStatus.CANCELLED ? TransactionStatus.CANCELLED : TransactionStatus.FAILED;
        stores.history().save(entry.settle(status, null, at));
        return true;
    }
}
