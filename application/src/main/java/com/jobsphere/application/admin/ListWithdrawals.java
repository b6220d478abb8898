package com.jobsphere.application.admin;

import com.jobsphere.application.port.Caller;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.application.port.UnitOfWork;
import com.jobsphere.domain.wallet.Withdrawal;
import com.jobsphere.domain.wallet.WithdrawalStatus;

/** Withdrawal requests for the admin dashboard. */
public final class ListWithdrawals {
    private final UnitOfWork unitOfWork;

    public ListWithdrawals(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    public Page<Withdrawal> execute(Caller caller, WithdrawalStatus status, PageRequest page) {
        AdminOnly.require(caller);
        return unitOfWork.inTransaction(stores -> stores.withdrawals().list(status, page));
    }
}
