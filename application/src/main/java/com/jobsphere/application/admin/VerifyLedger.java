package com.jobsphere.application.admin;

import com.jobsphere.application.port.Caller;
import com.jobsphere.application.port.LedgerCheck;
import com.jobsphere.application.port.UnitOfWork;

/** Checks that the ledger balances: all postings sum to zero and every stored balance matches its postings. */
public final class VerifyLedger {
    private final UnitOfWork unitOfWork;

    public VerifyLedger(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    public LedgerCheck execute(Caller caller) {
        AdminOnly.require(caller);
        return unitOfWork.inTransaction(stores -> stores.ledger().verify());
    }
}
