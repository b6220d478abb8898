package com.jobsphere.application.admin;

import com.jobsphere.application.common.Inputs;
import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.port.Caller;
import com.jobsphere.application.port.Ids;
import com.jobsphere.application.port.UnitOfWork;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.wallet.TransactionStatus;
import com.jobsphere.domain.wallet.Withdrawal;
import com.jobsphere.domain.wallet.WithdrawalStatus;
import java.time.Clock;

/** An admin rejects a pending withdrawal; its reserved funds return to the wallet. */
public final class RejectWithdrawal {
    private final UnitOfWork unitOfWork;
    private final WithdrawalSettlement settlement;
    private final Clock clock;

    public RejectWithdrawal(UnitOfWork unitOfWork, Ids ids, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.settlement = new WithdrawalSettlement(ids);
        this.clock = clock;
    }

    public Withdrawal execute(Caller caller, String withdrawalId, String reason) {
        AdminOnly.require(caller);
        String why = Inputs.text(reason, "reason", 1, 1000);
        return unitOfWork.inTransaction(stores -> {
            Withdrawal withdrawal = Lookups.found(stores.withdrawals().lock(withdrawalId), "Withdrawal");
            if (withdrawal.status() != WithdrawalStatus.PENDING) {
                throw new BusinessRuleViolated("Withdrawal is not pending");
            }
            return settlement.returnFunds(stores, withdrawal.reject(why, clock.instant()), TransactionStatus.CANCELLED, clock.instant());
        });
    }
}
