package com.jobsphere.domain.testdata;

import com.jobsphere.domain.common.WithdrawalId;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.wallet.Wallet;
import com.jobsphere.domain.wallet.Withdrawal;

/** Withdrawals of $50.00 requested at {@link Times#NOW}. */
public final class Withdrawals {
    private Withdrawals() {
    }

    public static Withdrawal pendingWithdrawal() {
        return Withdrawal.request(new WithdrawalId("withdrawal-1"), Offers.CONTRACTOR, Money.dollars(50), Times.NOW);
    }

    public static Withdrawal processingWithdrawal() {
        return pendingWithdrawal().startProcessing(contractorWallet(), Times.NOW);
    }

    /** The contractor's wallet, not frozen. */
    public static Wallet contractorWallet() {
        return Wallet.open("wallet-contractor", Offers.CONTRACTOR, Times.NOW);
    }
}
