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

/** The end of a deposit and of its history item, written once. */
final class DepositSettlement {
    private DepositSettlement() {
    }

    /** Credits a locked pending deposit: the ledger transfer and the state change commit together. */
    static void credit(Stores stores, Deposit deposit, String transferId, Instant at) {
        Transfer transfer = Transfers.depositCredited(transferId, at, deposit.userId(), deposit.amount());
        stores.ledger().post(transfer);
        stores.deposits().save(deposit.moveTo(DepositStatus.COMPLETED, at));
        TransactionEntry entry = Lookups.found(stores.history().byId(deposit.id()), "Transaction");
        stores.history().save(entry.settle(TransactionStatus.COMPLETED, transfer.id(), at));
    }

    /** Fails or cancels a pending deposit; a deposit that already ended is left as it is. */
    static void close(Stores stores, String depositId, DepositStatus target, Instant at) {
        Deposit deposit = Lookups.found(stores.deposits().lock(depositId), "Deposit");
        if (deposit.status() != DepositStatus.PENDING) {
            return;
        }
        stores.deposits().save(deposit.moveTo(target, at));
        TransactionEntry entry = Lookups.found(stores.history().byId(deposit.id()), "Transaction");
        TransactionStatus status = target == DepositStatus.CANCELLED ? TransactionStatus.CANCELLED : TransactionStatus.FAILED;
        stores.history().save(entry.settle(status, null, at));
    }
}
