package com.jobsphere.application.wallet;

import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.ConnectedAccount;
import com.jobsphere.application.port.GatewayEvent;
import com.jobsphere.application.port.Stores;
import com.jobsphere.domain.wallet.Deposit;
import com.jobsphere.domain.wallet.DepositStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Applies a verified payment event. The event id is recorded in the same transaction as the change it
 * causes, so a deposit is credited exactly once however many times, in whatever order, and on however
 * many instances the event arrives.
 */
public final class HandleGatewayEvent {
    private static final System.Logger LOG = System.getLogger(HandleGatewayEvent.class.getName());

    private final Transactions transactions;
    private final Clock clock;

    public HandleGatewayEvent(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What became of the event. */
    public enum Outcome { APPLIED, DUPLICATE, IGNORED, REFUSED }

    public Outcome execute(GatewayEvent event) {
        Instant now = clock.instant();
        return transactions.run(stores -> {
            if (!stores.gatewayEvents().recordIfNew(event.id(), event.type(), now)) {
                return Outcome.DUPLICATE;
            }
            return switch (event.type()) {
                case "checkout.session.completed" -> "paid".equals(event.paymentStatus())
                        ? credit(stores, event, now) : Outcome.IGNORED;
                case "checkout.session.async_payment_succeeded" -> credit(stores, event, now);
                case "checkout.session.async_payment_failed", "checkout.session.expired" -> fail(stores, event, now);
                case "account.updated" -> updateAccount(stores, event, now);
                default -> Outcome.IGNORED;
            };
        });
    }

    private Outcome credit(Stores stores, GatewayEvent event, Instant now) {
        Optional<Deposit> found = lockDeposit(stores, event);
        if (found.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "ALERT payment event {0} names no known deposit (session {1})", event.id(), event.sessionId());
            return Outcome.REFUSED;
        }
        if (event.amountTotalCents() == null) {
            LOG.log(System.Logger.Level.ERROR, "ALERT payment event {0} carries no amount; nothing credited", event.id());
            return Outcome.REFUSED;
        }
        return switch (DepositSettlement.credit(stores, found.get(), event.amountTotalCents(), "event " + event.id(), now)) {
            case CREDITED -> Outcome.APPLIED;
            case ALREADY_SETTLED -> Outcome.DUPLICATE;
            case AMOUNT_MISMATCH -> Outcome.REFUSED;
        };
    }

    private Outcome fail(Stores stores, GatewayEvent event, Instant now) {
        Optional<Deposit> deposit = lockDeposit(stores, event);
        if (deposit.isEmpty()) {
            return Outcome.IGNORED;
        }
        DepositSettlement.close(stores, deposit.get().id(), DepositStatus.FAILED, now);
        return Outcome.APPLIED;
    }

    private Outcome updateAccount(Stores stores, GatewayEvent event, Instant now) {
        Optional<ConnectedAccount> account = stores.connectedAccounts().byAccountId(event.accountId());
        if (account.isEmpty()) {
            return Outcome.IGNORED;
        }
        stores.connectedAccounts().save(account.get().withStatus(Boolean.TRUE.equals(event.detailsSubmitted()),
                Boolean.TRUE.equals(event.payoutsEnabled()), now));
        return Outcome.APPLIED;
    }

    /** Finds and locks the event's deposit: by its id when the event carries one, else by session. */
    private static Optional<Deposit> lockDeposit(Stores stores, GatewayEvent event) {
        if (event.depositId() != null) {
            Optional<Deposit> byId = stores.deposits().lock(event.depositId());
            if (byId.isPresent()) {
                return byId;
            }
        }
        return event.sessionId() == null ? Optional.empty()
                : stores.deposits().bySessionId(event.sessionId()).flatMap(deposit -> stores.deposits().lock(deposit.id()));
    }
}
