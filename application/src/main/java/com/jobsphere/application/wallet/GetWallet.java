package com.jobsphere.application.wallet;

import com.jobsphere.application.common.Lookups;
import com.jobsphere.domain.user.Caller;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.WalletSummary;
import com.jobsphere.domain.money.Money;

/** The caller's wallet. An admin's wallet shows the platform's balance: escrow plus revenue. */
public final class GetWallet {
    private final Transactions transactions;

    public GetWallet(Transactions transactions) {
        this.transactions = transactions;
    }

    public record Query(Caller caller) {
    }

    /** One read of the wallet and its totals (two for an admin), without opening a transaction. */
    public WalletSummary execute(Query query) {
        Caller caller = query.caller();
        return transactions.read(stores -> {
            WalletSummary summary = Lookups.found(stores.wallets().summary(caller.userId()), "Wallet");
            if (!caller.isAdmin()) {
                return summary;
            }
            return new WalletSummary(summary.wallet(), Money.ofCents(stores.ledger().platformBalance()),
                    summary.totalEarnings(), summary.totalSpent(), summary.totalWithdrawals());
        });
    }
}
