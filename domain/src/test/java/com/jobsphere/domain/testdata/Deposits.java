package com.jobsphere.domain.testdata;

import com.jobsphere.domain.common.DepositId;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.wallet.Deposit;

/** Deposits of $200.00 started at {@link Times#NOW}. */
public final class Deposits {
    private Deposits() {
    }

    public static Deposit pendingDeposit() {
        return Deposit.start(new DepositId("deposit-1"), Offers.CUSTOMER, Money.dollars(200), Times.NOW);
    }
}
