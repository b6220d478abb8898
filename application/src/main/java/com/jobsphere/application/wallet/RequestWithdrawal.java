package com.jobsphere.application.wallet;

import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.user.Caller;
import com.jobsphere.application.port.ConnectedAccount;
import com.jobsphere.application.port.Ids;
import com.jobsphere.application.port.IdempotentRequest;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.common.WithdrawalId;
import com.jobsphere.domain.ledger.Transfers;
import com.jobsphere.domain.money.AmountBounds;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.user.Role;
import com.jobsphere.domain.wallet.Wallet;
import com.jobsphere.domain.wallet.Withdrawal;
import java.time.Clock;
import java.time.Instant;

/**
 * A contractor asks to withdraw. The funds move at once from the wallet to withdrawals-pending, so two
 * concurrent requests can never spend the same balance; an admin then approves or rejects. With a key, the
 * reservation and the recorded response commit in one transaction: a retry replays it, or runs afresh if it
 * never committed.
 */
public final class RequestWithdrawal {
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;

    public RequestWithdrawal(Transactions transactions, Ids ids, Clock clock) {
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    public record Command(Caller caller, Money amount, IdempotentRequest<Withdrawal> request) {
    }

    public Withdrawal execute(Command command) {
        Caller caller = command.caller().requireRole(Role.CONTRACTOR);
        Money amount = AmountBounds.check(command.amount(), "amount");
        return transactions.run(command.request(), stores -> {
            Instant now = clock.instant();
            // Read, not locked: the ledger's debit locks the balance row, and a freeze that commits meanwhile simply
            // comes after this withdrawal. One wallet lock per request, as for every money movement.
            Wallet wallet = Lookups.found(stores.wallets().byUser(caller.userId()), "Wallet");
            wallet.requireNotFrozen();
            boolean payoutsEnabled = stores.connectedAccounts().byUser(caller.userId())
                    .map(ConnectedAccount::payoutsEnabled).orElse(false);
            if (!payoutsEnabled) {
                throw new BusinessRuleViolated("Stripe Connect account not set up");
            }
            // The ledger refuses an overdraft itself, with "Insufficient balance", on the locked balance row.
            Withdrawal withdrawal = Withdrawal.request(new WithdrawalId(ids.next()), caller.userId(), amount, now);
            stores.withdrawals().add(withdrawal);
            stores.ledger().post(Transfers.withdrawalReserved(ids.next(), now, caller.userId(), amount, withdrawal.id()));
            return withdrawal;
        });
    }
}
