package com.jobsphere.application.wallet;

import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.port.Caller;
import com.jobsphere.application.port.UnitOfWork;
import com.jobsphere.application.port.WalletSummary;
import com.jobsphere.domain.money.Money;

/** The caller's wallet. An admin's wallet shows the platform's balance: escrow plus revenue. */
public final class GetWallet {
    private final UnitOfWork unitOfWork;

    public GetWallet(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    public WalletSummary execute(Caller caller) {
        return unitOfWork.inTransaction(stores -> {
            WalletSummary summary = Lookups.found(stores.wallets().summary(caller.userId()), "Wallet");
            if (!caller.isAdmin()) {
                return summary;
            }
            return new WalletSummary(summary.wallet(), Money.ofCents(stores.ledger().platformBalance()),
                    summary.totalEarnings(), summary.totalSpent(), summary.totalWithdrawals());
        });
    }
}
