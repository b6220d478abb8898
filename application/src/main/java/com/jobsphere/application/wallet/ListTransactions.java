package com.jobsphere.application.wallet;

import com.jobsphere.application.port.Caller;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.application.port.TransactionView;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.wallet.TransactionType;

/** The caller's transaction history, newest first. */
public final class ListTransactions {
    private final Transactions transactions;

    public ListTransactions(Transactions transactions) {
        this.transactions = transactions;
    }

    public Page<TransactionView> execute(Caller caller, TransactionType type, PageRequest page) {
        return transactions.run(stores -> stores.history().forUser(caller.userId(), type, page));
    }
}
