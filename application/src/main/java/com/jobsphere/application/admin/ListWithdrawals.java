package com.jobsphere.application.admin;

import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.application.port.WithdrawalView;
import com.jobsphere.domain.user.Caller;
import com.jobsphere.domain.wallet.WithdrawalStatus;

/** Withdrawal requests for the admins' review, each with its contractor. */
public final class ListWithdrawals {
    private final Transactions transactions;

    public ListWithdrawals(Transactions transactions) {
        this.transactions = transactions;
    }

    /** {@code status} null lists every state. */
    public record Query(Caller caller, WithdrawalStatus status, PageRequest page) {
    }

    public Page<WithdrawalView> execute(Query query) {
        query.caller().requireAdmin();
        return transactions.read(stores -> stores.withdrawals().list(query.status(), query.page()));
    }
}
