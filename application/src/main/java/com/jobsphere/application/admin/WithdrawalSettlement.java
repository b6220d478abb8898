package com.jobsphere.application.admin;

import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.port.Ids;
import com.jobsphere.application.port.Stores;
import com.jobsphere.domain.ledger.Transfer;
import com.jobsphere.domain.ledger.Transfers;
import com.jobsphere.domain.wallet.TransactionEntry;
import com.jobsphere.domain.wallet.TransactionStatus;
import com.jobsphere.domain.wallet.Withdrawal;
import java.time.Instant;

/** The ends of a withdrawal: paid out, or its reserved funds returned. Each posts its transfer once. */
final class WithdrawalSettlement {
    private final Ids ids;

    WithdrawalSettlement(Ids ids) {
        this.ids = ids;
    }

    Withdrawal complete(Stores stores, Withdrawal processing, String transferId, Instant at) {
        Transfer transfer = Transfers.withdrawalCompleted(ids.next(), at, processing.amount());
        stores.ledger().post(transfer);
        Withdrawal completed = processing.complete(transferId, at);
        stores.withdrawals().save(completed);
        settleHistory(stores, processing.id(), TransactionStatus.COMPLETED, at);
        return completed;
    }

    /** Returns the reserved funds to the wallet; {@code ended} is the failed or rejected withdrawal. */
    Withdrawal returnFunds(Stores stores, Withdrawal ended, TransactionStatus historyStatus, Instant at) {
        stores.ledger().post(Transfers.withdrawalReturned(ids.next(), at, ended.userId(), ended.amount()));
        stores.withdrawals().save(ended);
        settleHistory(stores, ended.id(), historyStatus, at);
        return ended;
    }

    private static void settleHistory(Stores stores, String withdrawalId, TransactionStatus status, Instant at) {
        TransactionEntry entry = Lookups.found(stores.history().byId(withdrawalId), "Transaction");
        stores.history().save(entry.settle(status, entry.transferId(), at));
    }
}
