package com.jobsphere.application.wallet;

import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.ConnectedAccount;
import com.jobsphere.application.port.Ids;
import com.jobsphere.application.port.IdempotentRequest;
import com.jobsphere.application.port.PaymentGateway;
import com.jobsphere.application.port.PaymentGateway.TransferOutcome;
import com.jobsphere.application.port.Stores;
import com.jobsphere.domain.common.WithdrawalId;
import com.jobsphere.domain.ledger.Transfer;
import com.jobsphere.domain.ledger.Transfers;
import com.jobsphere.domain.notification.Notices;
import com.jobsphere.domain.wallet.Withdrawal;
import com.jobsphere.domain.wallet.WithdrawalStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The ends of a withdrawal, written once: paid out (its transfer made, the reserved funds leave for the
 * provider) or its reserved funds returned to the wallet. Driving a {@code processing} withdrawal to one of
 * those ends is shared by the admin's approval and by the janitor, so both settle it the same way: the
 * transfer is made outside any transaction with the withdrawal's own idempotency key, then its outcome is
 * recorded in one transaction with the ledger transfer it causes.
 */
public final class WithdrawalPayouts {
    private final Transactions transactions;
    private final PaymentGateway gateway;
    private final Ids ids;
    private final Clock clock;

    public WithdrawalPayouts(Transactions transactions, PaymentGateway gateway, Ids ids, Clock clock) {
        this.transactions = transactions;
        this.gateway = gateway;
        this.ids = ids;
        this.clock = clock;
    }

    /** Whether an earlier attempt may have made the transfer without its outcome being recorded. */
    public enum Attempt {
        /** The approval itself: the transfer is made now (or, for a repeated key, returned as first made). */
        FIRST,
        /** Settling one left {@code processing}: the provider is first asked for a transfer made with the key. */
        RESUMED
    }

    /**
     * Makes (or finds) the transfer of a {@code processing} withdrawal and records its outcome. A withdrawal
     * that has already ended is returned as it is. Throws
     * {@link com.jobsphere.application.port.PaymentGatewayUnavailable} when the outcome is unknown: the
     * withdrawal then stays {@code processing}, to be settled by a retry or by the janitor.
     */
    public Withdrawal payOut(WithdrawalId withdrawalId, Attempt attempt, IdempotentRequest<Withdrawal> request) {
        Pending pending = transactions.run(stores -> {
            Withdrawal withdrawal = Lookups.found(stores.withdrawals().byId(withdrawalId), "Withdrawal");
            Optional<String> accountId = stores.connectedAccounts().byUser(withdrawal.userId())
                    .map(ConnectedAccount::accountId);
            return new Pending(withdrawal, accountId);
        });
        if (pending.withdrawal().status() != WithdrawalStatus.PROCESSING) {
            return transactions.run(request, stores -> pending.withdrawal());
        }
        Withdrawal withdrawal = pending.withdrawal();
        String accountId = pending.accountId().orElseThrow(() ->
                new IllegalStateException("Withdrawal " + withdrawalId + " is processing without a connected account"));
        TransferOutcome outcome = attempt == Attempt.RESUMED
                ? gateway.findTransfer(withdrawal.transferIdempotencyKey())
                        .<TransferOutcome>map(TransferOutcome.Sent::new)
                        .orElseGet(() -> transfer(accountId, withdrawal))
                : transfer(accountId, withdrawal);
        return transactions.run(request, stores -> record(stores, withdrawalId, outcome));
    }

    /** Returns the reserved funds to the wallet; {@code ended} is the failed or rejected withdrawal. */
    public Withdrawal returnFunds(Stores stores, Withdrawal ended) {
        return end(stores, ended, Transfers.withdrawalReturned(ids.next(), clock.instant(), ended.userId(),
                ended.amount(), ended.id()));
    }

    /** Every end of a withdrawal: the row, the money it moves, and the contractor told (CONTRACT.md §15). */
    private static Withdrawal end(Stores stores, Withdrawal ended, Transfer money) {
        stores.withdrawals().save(ended);
        stores.ledger().post(money);
        Notices.of(ended).ifPresent(stores.notifications()::raise);
        return ended;
    }

    private TransferOutcome transfer(String accountId, Withdrawal withdrawal) {
        return gateway.transfer(accountId, withdrawal.amount(), withdrawal.transferIdempotencyKey());
    }

    private record Pending(Withdrawal withdrawal, Optional<String> accountId) {
    }

    /** A concurrent settlement may have recorded the same keyed transfer first: then nothing is done twice. */
    private Withdrawal record(Stores stores, WithdrawalId withdrawalId, TransferOutcome outcome) {
        Withdrawal current = Lookups.found(stores.withdrawals().lock(withdrawalId), "Withdrawal");
        if (current.status() != WithdrawalStatus.PROCESSING) {
            return current;
        }
        Instant now = clock.instant();
        if (outcome instanceof TransferOutcome.Sent sent) {
            return end(stores, current.complete(sent.transferId(), now),
                    Transfers.withdrawalCompleted(ids.next(), now, current.amount(), current.id()));
        }
        String reason = ((TransferOutcome.Refused) outcome).reason();
        return returnFunds(stores, current.fail(reason, now));
    }
}
