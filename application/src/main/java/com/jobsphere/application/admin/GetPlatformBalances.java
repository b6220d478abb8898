package com.jobsphere.application.admin;

import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.PlatformBalances;
import com.jobsphere.domain.user.Caller;

/** The balances of the platform accounts: escrow, revenue, withdrawals pending and Stripe clearing. */
public final class GetPlatformBalances {
    private final Transactions transactions;

    public GetPlatformBalances(Transactions transactions) {
        this.transactions = transactions;
    }

    public record Query(Caller caller) {
    }

    public PlatformBalances execute(Query query) {
        query.caller().requireAdmin();
        return transactions.read(stores -> stores.ledger().platformBalances());
    }
}
