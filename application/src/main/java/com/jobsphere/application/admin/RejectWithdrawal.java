package com.jobsphere.application.admin;

import com.jobsphere.application.common.Inputs;
import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.user.Caller;
import com.jobsphere.application.port.IdempotentRequest;
import com.jobsphere.application.wallet.WithdrawalPayouts;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.common.WithdrawalId;
import com.jobsphere.domain.wallet.Withdrawal;
import com.jobsphere.domain.wallet.WithdrawalStatus;
import java.time.Clock;

/** An admin rejects a pending withdrawal; its reserved funds return to the wallet, frozen or not. */
public final class RejectWithdrawal {
    private final Transactions transactions;
    private final WithdrawalPayouts payouts;
    private final Clock clock;

    public RejectWithdrawal(Transactions transactions, WithdrawalPayouts payouts, Clock clock) {
        this.transactions = transactions;
        this.payouts = payouts;
        this.clock = clock;
    }

    public record Command(Caller caller, WithdrawalId withdrawalId, String reason, IdempotentRequest<Withdrawal> request) {
    }

    public Withdrawal execute(Command command) {
        command.caller().requireAdmin();
        String why = Inputs.text(command.reason(), "reason", 1, 1000);
        return transactions.run(command.request(), stores -> {
            Withdrawal withdrawal = Lookups.found(stores.withdrawals().lock(command.withdrawalId()), "Withdrawal");
            if (withdrawal.status() != WithdrawalStatus.PENDING) {
                throw new BusinessRuleViolated("Withdrawal is not pending");
            }
            return payouts.returnFunds(stores, withdrawal.reject(why, clock.instant()));
        });
    }
}
