package com.jobsphere.application.admin;

import com.jobsphere.application.port.Caller;
import com.jobsphere.application.port.LedgerCheck;
import com.jobsphere.application.common.Transactions;

/** Checks that the ledger balances: all postings sum to zero and every stored balance matches its postings. */
public final class VerifyLedger {
    private final Transactions transactions;

    public VerifyLedger(Transactions transactions) {
        this.transactions = transactions;
    }

    public LedgerCheck execute(Caller caller) {
        AdminOnly.require(caller);
        return transactions.run(stores -> stores.ledger().verify());
    }
}
