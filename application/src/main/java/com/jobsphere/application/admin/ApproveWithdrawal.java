package com.jobsphere.application.admin;

import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.user.Caller;
import com.jobsphere.application.port.IdempotentRequest;
import com.jobsphere.application.wallet.WithdrawalPayouts;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.common.WithdrawalId;
import com.jobsphere.domain.wallet.Wallet;
import com.jobsphere.domain.wallet.Withdrawal;
import com.jobsphere.domain.wallet.WithdrawalStatus;
import java.time.Clock;

/**
 * An admin approves a withdrawal, in phases (CONTRACT.md §11): the attempt is recorded ({@code processing},
 * recovery point {@value #TRANSFER_STARTED}), the gateway transfer is made outside any transaction with a key
 * derived from the withdrawal id, and its outcome recorded. A frozen wallet is refused before anything moves.
 * If the outcome is unknown the withdrawal stays {@code processing}: a retry with the same key, or the janitor,
 * repeats the transfer with the same provider key, so the contractor is paid at most once.
 */
public final class ApproveWithdrawal {
    static final String TRANSFER_STARTED = "transfer_started";

    private final Transactions transactions;
    private final WithdrawalPayouts payouts;
    private final Clock clock;

    public ApproveWithdrawal(Transactions transactions, WithdrawalPayouts payouts, Clock clock) {
        this.transactions = transactions;
        this.payouts = payouts;
        this.clock = clock;
    }

    public record Command(Caller caller, WithdrawalId withdrawalId, IdempotentRequest<Withdrawal> request) {
    }

    public Withdrawal execute(Command command) {
        command.caller().requireAdmin();
        return transactions.holding(command.request(), () -> {
            transactions.phase(command.request(), (stores, progress) -> {
                Withdrawal withdrawal = Lookups.found(stores.withdrawals().lock(command.withdrawalId()), "Withdrawal");
                if (withdrawal.status() == WithdrawalStatus.PENDING) {
                    Wallet wallet = Lookups.found(stores.wallets().byUser(withdrawal.userId()), "Wallet");
                    stores.withdrawals().save(withdrawal.startProcessing(wallet, clock.instant()));
                    progress.reach(TRANSFER_STARTED, withdrawal.id().value());
                } else if (withdrawal.status() != WithdrawalStatus.PROCESSING) {
                    throw new BusinessRuleViolated("Withdrawal is not pending");
                }
                return null;
            });
            return payouts.payOut(command.withdrawalId(), WithdrawalPayouts.Attempt.FIRST, command.request());
        });
    }
}
