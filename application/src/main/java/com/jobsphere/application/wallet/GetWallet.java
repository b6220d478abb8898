package com.jobsphere.application.wallet;

import com.jobsphere.application.auth.ClaimedCaller;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.WalletSummary;
import com.jobsphere.domain.common.NotFound;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.user.Caller;

/**
 * The caller's wallet. An admin's wallet shows the platform's balance: escrow plus revenue.
 *
 * <p>It is the hottest read of the app, so it proves its caller exists itself instead of in a read of its own
 * (see {@link ClaimedCaller}): a wallet belongs to an existing user (the store refuses a wallet without its user,
 * and a user with a wallet cannot be removed), so finding the wallet proves the caller. Only when no wallet is found
 * does it read the user, to tell a caller who no longer exists (401) from a missing wallet (404).
 */
public final class GetWallet {
    private final Transactions transactions;

    public GetWallet(Transactions transactions) {
        this.transactions = transactions;
    }

    public record Query(ClaimedCaller caller) {
    }

    /** One read of the wallet and its totals (two for an admin), without opening a transaction. */
    public WalletSummary execute(Query query) {
        Caller caller = query.caller().caller();
        return transactions.read(stores -> {
            WalletSummary summary = stores.wallets().summary(caller.userId())
                    .orElseThrow(() -> query.caller().unproven(stores, new NotFound("Wallet")));
            if (!caller.isAdmin()) {
                return summary;
            }
            return new WalletSummary(summary.wallet(), Money.ofCents(stores.ledger().platformBalance()),
                    summary.totalEarnings(), summary.totalSpent(), summary.totalWithdrawals());
        });
    }
}
