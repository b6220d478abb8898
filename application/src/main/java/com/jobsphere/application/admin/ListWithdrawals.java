package com.jobsphere.application.admin;

import com.jobsphere.application.port.Caller;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.wallet.Withdrawal;
import com.jobsphere.domain.wallet.WithdrawalStatus;

/** Withdrawal requests for the admin dashboard. */
public final class ListWithdrawals {
    private final Transactions transactions;

    public ListWithdrawals(Transactions transactions) {
        this.transactions = transactions;
    }

    public Page<Withdrawal> execute(Caller caller, WithdrawalStatus status, PageRequest page) {
        AdminOnly.require(caller);
        return transactions.run(stores -> stores.withdrawals().list(status, page));
    }
}
