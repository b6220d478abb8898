package com.jobsphere.application.wallet;

import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.ConnectedAccount;
import com.jobsphere.application.port.GatewayEvent;
import com.jobsphere.application.port.Stores;
import com.jobsphere.domain.common.DepositId;
import com.jobsphere.domain.wallet.Deposit;
import com.jobsphere.domain.wallet.DepositStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Applies a verified payment event. The event id is recorded in the same transaction as the change it causes, so
 * a deposit is credited exactly once however many times, in whatever order, and on however many instances the
 * event arrives. The development gateway's pages hand their events here too, as verified by construction.
 */
public final class ApplyPaymentEvent {
    private static final System.Logger LOG = System.getLogger(ApplyPaymentEvent.class.getName());

    private final Transactions transactions;
    private final DepositSettlement deposits;
    private final Clock clock;

    public ApplyPaymentEvent(Transactions transactions, DepositSettlement deposits, Clock clock) {
        this.transactions = transactions;
        this.deposits = deposits;
        this.clock = clock;
    }

    /** What became of the event. */
    public enum Outcome { APPLIED, DUPLICATE, IGNORED, REFUSED }

    /** Applies the event; once its transaction has committed, tells how it ended. */
    public Outcome execute(GatewayEvent event) {
        Outcome outcome = apply(event);
        transactions.events().paymentEvent(event instanceof GatewayEvent.Ignored ? "other" : event.kind(),
                outcome.name().toLowerCase(Locale.ROOT));
        return outcome;
    }

    /** An event whose signature was refused: nothing was applied, and nothing in it can be trusted, not even its kind. */
    void unverified() {
        transactions.events().paymentEvent("unverified", "unverified");
    }

    private Outcome apply(GatewayEvent event) {
        Instant now = clock.instant();
        return transactions.run(stores -> {
            if (!stores.gatewayEvents().recordIfNew(event.eventId(), event.kind(), now)) {
                return Outcome.DUPLICATE;
            }
            if (event instanceof GatewayEvent.DepositPaid paid) {
                return credit(stores, paid, now);
            }
            if (event instanceof GatewayEvent.DepositFailed failed) {
                return lockDeposit(stores, failed.depositId(), failed.sessionId())
                        .map(deposit -> deposits.close(stores, deposit, DepositStatus.FAILED, now) ? Outcome.APPLIED
                                : Outcome.DUPLICATE)
                        .orElse(Outcome.IGNORED);
            }
            if (event instanceof GatewayEvent.AccountUpdated updated) {
                return updateAccount(stores, updated, now);
            }
            return Outcome.IGNORED;
        });
    }

    private Outcome credit(Stores stores, GatewayEvent.DepositPaid paid, Instant now) {
        Optional<Deposit> found = lockDeposit(stores, paid.depositId(), paid.sessionId());
        if (found.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "ALERT payment event {0} names no known deposit (session {1})",
                    paid.eventId(), paid.sessionId());
            return Outcome.REFUSED;
        }
        return switch (deposits.credit(stores, found.get(), paid.amountTotalCents(), "event " + paid.eventId(), now)) {
            case CREDITED -> Outcome.APPLIED;
            case ALREADY_SETTLED -> Outcome.DUPLICATE;
            case AMOUNT_MISMATCH -> Outcome.REFUSED;
        };
    }

    private static Outcome updateAccount(Stores stores, GatewayEvent.AccountUpdated updated, Instant now) {
        Optional<ConnectedAccount> account = stores.connectedAccounts().byAccountId(updated.accountId());
        if (account.isEmpty()) {
            return Outcome.IGNORED;
        }
        stores.connectedAccounts().save(account.get().withStatus(updated.detailsSubmitted(), updated.payoutsEnabled(), now));
        return Outcome.APPLIED;
    }

    /** Finds and locks the event's deposit: by its id when the event carries one, else by its session. */
    private static Optional<Deposit> lockDeposit(Stores stores, DepositId depositId,
            String sessionId) {
        if (depositId != null) {
            Optional<Deposit> byId = stores.deposits().lock(depositId);
            if (byId.isPresent()) {
                return byId;
            }
        }
        return sessionId == null ? Optional.empty()
                : stores.deposits().bySessionId(sessionId).flatMap(deposit -> stores.deposits().lock(deposit.id()));
    }
}
