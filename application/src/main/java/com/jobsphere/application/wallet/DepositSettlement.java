package com.jobsphere.application.wallet;

import com.jobsphere.application.port.Stores;
import com.jobsphere.domain.ledger.Transfers;
import com.jobsphere.domain.notification.Notices;
import com.jobsphere.domain.wallet.Deposit;
import com.jobsphere.domain.wallet.DepositStatus;
import java.time.Instant;

/**
 * The end of a deposit, written once for the verified payment event, the development gateway's pages and the
 * janitor. Each acts on the deposit's locked row and only while it is pending, so whichever comes second finds it
 * settled and changes nothing: a deposit is credited exactly once, and its payer told once.
 */
public final class DepositSettlement {
    private static final System.Logger LOG = System.getLogger(DepositSettlement.class.getName());

    /** What became of a paid session. */
    public enum Credit { CREDITED, ALREADY_SETTLED, AMOUNT_MISMATCH }

    /**
     * Credits a locked deposit with the paid amount, if it is still pending and the amount is the one it was
     * started for; a mismatch credits nothing and is logged as an alert. The ledger transfer's id is derived from
     * the deposit, so even a second credit that slipped past the state guard would collide on the key.
     */
    public Credit credit(Stores stores, Deposit locked, long paidCents, String source, Instant at) {
        if (locked.status() != DepositStatus.PENDING) {
            return Credit.ALREADY_SETTLED;
        }
        if (paidCents != locked.amount().cents()) {
            LOG.log(System.Logger.Level.ERROR,
                    "ALERT amount mismatch on deposit {0}: {1} says {2} cents, deposit is {3} cents; nothing credited",
                    locked.id(), source, paidCents, locked.amount().cents());
            return Credit.AMOUNT_MISMATCH;
        }
        stores.ledger().post(Transfers.depositCredited(at, locked.id(), locked.userId(), locked.amount()));
        end(stores, locked.moveTo(DepositStatus.COMPLETED, at));
        return Credit.CREDITED;
    }

    /** Fails or cancels a locked pending deposit; one that already ended is left as it is. Returns whether it changed. */
    public boolean close(Stores stores, Deposit locked, DepositStatus end, Instant at) {
        if (locked.status() != DepositStatus.PENDING) {
            return false;
        }
        end(stores, locked.moveTo(end, at));
        return true;
    }

    /** Saves a deposit that ended, and tells its payer if that is news (CONTRACT.md §15). */
    private static void end(Stores stores, Deposit ended) {
        stores.deposits().save(ended);
        Notices.of(ended).ifPresent(stores.notifications()::raise);
    }

    /**
     * Fails a locked pending deposit that still has no Checkout Session. One that got its session meanwhile (a
     * retry resumed it) has been handed a link, so it is left to that session.
     */
    public boolean abandon(Stores stores, Deposit locked, Instant at) {
        return locked.sessionId() == null && close(stores, locked, DepositStatus.FAILED, at);
    }
}
