package com.jobsphere.application.wallet;

import com.jobsphere.domain.user.Caller;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.application.port.TransactionView;
import com.jobsphere.application.common.Platform;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.wallet.TransactionType;

/** The caller's transaction history, newest first. */
public final class ListTransactions {
    private final Transactions transactions;
    private final Platform platform;

    public ListTransactions(Transactions transactions, Platform platform) {
        this.transactions = transactions;
        this.platform = platform;
    }

    /** {@code type} null lists every kind. */
    public record Query(Caller caller, TransactionType type, PageRequest page) {
    }

    public Page<TransactionView> execute(Query query) {
        return transactions.read(stores -> stores.history().forUser(query.caller().userId(), platform.adminUserId(),
                query.type(), query.page()));
    }
}
