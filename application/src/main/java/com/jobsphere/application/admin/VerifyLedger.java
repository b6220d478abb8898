package com.jobsphere.application.admin;

import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.LedgerCheck;
import com.jobsphere.domain.user.Caller;

/** Checks that the ledger balances: all postings sum to zero and every stored balance matches its postings. */
public final class VerifyLedger {
    private final Transactions transactions;

    public VerifyLedger(Transactions transactions) {
        this.transactions = transactions;
    }

    public record Query(Caller caller) {
    }

    public LedgerCheck execute(Query query) {
        query.caller().requireAdmin();
        return transactions.read(stores -> stores.ledger().verify());
    }
}
