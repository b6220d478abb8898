package com.jobsphere.application.wallet;

import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.port.Caller;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.WalletSummary;
import com.jobsphere.domain.money.Money;

/** The caller's wallet. An admin's wallet shows the platform's balance: escrow plus revenue. */
public final class GetWallet {
    private final Transactions transactions;

    public GetWallet(Transactions transactions) {
        this.transactions = transactions;
    }

    public WalletSummary execute(Caller caller) {
        return transactions.run(stores -> {
            WalletSummary summary = Lookups.found(stores.wallets().summary(caller.userId()), "Wallet");
            if (!caller.isAdmin()) {
                return summary;
            }
            return new WalletSummary(summary.wallet(), Money.ofCents(stores.ledger().platformBalance()),
                    summary.totalEarnings(), summary.totalSpent(), summary.totalWithdrawals());
        });
    }
}
