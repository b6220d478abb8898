package com.jobsphere.application.wallet;

import com.jobsphere.application.port.Caller;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.application.port.TransactionView;
import com.jobsphere.application.port.UnitOfWork;
import com.jobsphere.domain.wallet.TransactionType;

/** The caller's transaction history, newest first. */
public final class ListTransactions {
    private final UnitOfWork unitOfWork;

    public ListTransactions(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    public Page<TransactionView> execute(Caller caller, TransactionType type, PageRequest page) {
        return unitOfWork.inTransaction(stores -> stores.history().forUser(caller.userId(), type, page));
    }
}
