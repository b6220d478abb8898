package com.jobsphere.application.admin;

import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.port.Caller;
import com.jobsphere.application.port.Ids;
import com.jobsphere.application.port.PaymentGateway;
import com.jobsphere.application.port.UnitOfWork;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.wallet.TransactionStatus;
import com.jobsphere.domain.wallet.Withdrawal;
import com.jobsphere.domain.wallet.WithdrawalStatus;
import java.time.Clock;

/**
 * An admin approves a withdrawal: the attempt is recorded ({@code processing}), the gateway transfer is
 * made outside any transaction with a key derived from the withdrawal id, and its outcome recorded.
 * If the outcome is unknown the withdrawal stays {@code processing}; approving again retries with the
 * same key, so the contractor is paid at most once.
 */
public final class ApproveWithdrawal {
    private final UnitOfWork unitOfWork;
    private final PaymentGateway gateway;
    private final WithdrawalSettlement settlement;
    private final Clock clock;

    public ApproveWithdrawal(UnitOfWork unitOfWork, PaymentGateway gateway, Ids ids, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.gateway = gateway;
        this.settlement = new WithdrawalSettlement(ids);
        this.clock = clock;
    }

    private record Attempt(Withdrawal withdrawal, String accountId) {
    }

    public Withdrawal execute(Caller caller, String withdrawalId) {
        AdminOnly.require(caller);
        Attempt attempt = unitOfWork.inTransaction(stores -> {
            Withdrawal withdrawal = Lookups.found(stores.withdrawals().lock(withdrawalId), "Withdrawal");
            if (withdrawal.status() == WithdrawalStatus.PENDING) {
                withdrawal = withdrawal.startProcessing();
                stores.withdrawals().save(withdrawal);
            } else if (withdrawal.status() != WithdrawalStatus.PROCESSING) {
                throw new BusinessRuleViolated("Withdrawal is not pending");
            }
            String accountId = Lookups.found(stores.connectedAccounts().byUser(withdrawal.userId()), "Connected account").accountId();
            return new Attempt(withdrawal, accountId);
        });
        Withdrawal withdrawal = attempt.withdrawal();
        PaymentGateway.TransferOutcome outcome = gateway.transfer(attempt.accountId(), withdrawal.amount(),
                withdrawal.transferIdempotencyKey());
        return unitOfWork.inTransaction(stores -> {
            Withdrawal current = Lookups.found(stores.withdrawals().lock(withdrawalId), "Withdrawal");
            if (current.status() != WithdrawalStatus.PROCESSING) {
                // A concurrent approval already recorded the outcome of the same keyed transfer.
                return current;
            }
            if (outcome instanceof PaymentGateway.TransferOutcome.Sent sent) {
                return settlement.complete(stores, current, sent.transferId(), clock.instant());
            }
            String reason = ((PaymentGateway.TransferOutcome.Refused) outcome).reason();
            return settlement.returnFunds(stores, current.fail(reason, clock.instant()), TransactionStatus.FAILED, clock.instant());
        });
    }
}
