package com.jobsphere.application.admin;

import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.application.port.PostedTransfer;
import com.jobsphere.domain.user.Caller;

/** The ledger's transfers, newest first, each with its postings: what the operators read to follow the money. */
public final class ListLedgerTransfers {
    private final Transactions transactions;

    public ListLedgerTransfers(Transactions transactions) {
        this.transactions = transactions;
    }

    public record Query(Caller caller, PageRequest page) {
    }

    public Page<PostedTransfer> execute(Query query) {
        query.caller().requireAdmin();
        return transactions.read(stores -> stores.ledger().transfers(query.page()));
    }
}
