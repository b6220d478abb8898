package com.jobsphere.application.wallet;

import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.user.Caller;
import com.jobsphere.application.port.Ids;
import com.jobsphere.application.port.IdempotentRequest;
import com.jobsphere.application.port.PaymentGateway;
import com.jobsphere.application.port.PaymentGatewayUnavailable;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.common.DepositId;
import com.jobsphere.domain.common.Forbidden;
import com.jobsphere.domain.money.AmountBounds;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.wallet.Deposit;
import com.jobsphere.domain.wallet.DepositStatus;
import java.time.Clock;

/**
 * Starts a deposit in three phases, each committed before the next (CONTRACT.md §11):
 * <ol>
 * <li>the deposit is recorded as pending (recovery point {@value #DEPOSIT_RECORDED});
 * <li>outside any transaction, the gateway makes a Checkout Session, idempotent on the deposit's id;
 * <li>the session id is stored and the response recorded.
 * </ol>
 * A retry with the same key resumes after the last committed phase: it finds the deposit the first attempt
 * recorded instead of making a second one, and asks the gateway again for the same deposit, which gives the
 * same session. If the gateway cannot be reached, a request with a key leaves its deposit pending for that
 * retry (the janitor fails it if none comes); a request without one can never be resumed, so its deposit is
 * failed at once. Either way nobody was given a way to pay it. The wallet is credited later, by the verified
 * payment event.
 */
public final class StartDeposit {
    static final String DEPOSIT_RECORDED = "deposit_recorded";
    static final String ABANDONED = "This deposit was not completed in time; please start a new one";

    private final Transactions transactions;
    private final PaymentGateway gateway;
    private final DepositSettlement settlement;
    private final Ids ids;
    private final Clock clock;

    public StartDeposit(Transactions transactions, PaymentGateway gateway, DepositSettlement settlement, Ids ids,
            Clock clock) {
        this.transactions = transactions;
        this.gateway = gateway;
        this.settlement = settlement;
        this.ids = ids;
        this.clock = clock;
    }

    public record Command(Caller caller, Money amount, IdempotentRequest<Result> request) {
    }

    public record Result(String sessionId, String checkoutUrl, Money amount) {
    }

    private PaymentGateway.CheckoutSession checkoutSession(Command command, Deposit deposit) {
        try {
            return gateway.createCheckoutSession(deposit.id(), deposit.userId(), deposit.amount());
        } catch (PaymentGatewayUnavailable unknown) {
            if (command.request() == null) {
                transactions.run(stores -> settlement.close(stores,
                        Lookups.found(stores.deposits().lock(deposit.id()), "Deposit"), DepositStatus.FAILED, clock.instant()));
            }
            throw unknown;
        }
    }

    public Result execute(Command command) {
        Caller caller = command.caller();
        if (caller.isAdmin()) {
            throw new Forbidden("Admins do not deposit: the platform's balance is escrow and revenue");
        }
        Money amount = AmountBounds.check(command.amount(), "amount");
        return transactions.holding(command.request(), () -> {
            Deposit deposit = transactions.phase(command.request(), (stores, progress) -> {
                if (progress.resourceId().isPresent()) {
                    return Lookups.found(stores.deposits().byId(new DepositId(progress.resourceId().get())), "Deposit");
                }
                Lookups.found(stores.wallets().byUser(caller.userId()), "Wallet").requireNotFrozen();
                Deposit started = Deposit.start(new DepositId(ids.next()), caller.userId(), amount, clock.instant());
                stores.deposits().add(started);
                progress.reach(DEPOSIT_RECORDED, started.id().value());
                return started;
            });
            PaymentGateway.CheckoutSession session = checkoutSession(command, deposit);
            return transactions.run(command.request(), stores -> {
                Deposit current = Lookups.found(stores.deposits().lock(deposit.id()), "Deposit");
                if (current.sessionId() == null) {
                    if (current.status() != DepositStatus.PENDING) {
                        // The janitor gave it up before this retry came: its link must not be handed out.
                        throw new BusinessRuleViolated(ABANDONED);
                    }
                    stores.deposits().save(current.withSession(session.sessionId()));
                }
                return new Result(session.sessionId(), session.checkoutUrl(), current.amount());
            });
        });
    }
}
