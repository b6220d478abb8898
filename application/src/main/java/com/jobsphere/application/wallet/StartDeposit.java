package com.jobsphere.application.wallet;

import com.jobsphere.application.common.Descriptions;
import com.jobsphere.application.common.Lookups;
import com.jobsphere.application.port.Caller;
import com.jobsphere.application.port.Ids;
import com.jobsphere.application.port.PaymentGateway;
import com.jobsphere.application.port.PaymentGatewayUnavailable;
import com.jobsphere.application.port.UnitOfWork;
import com.jobsphere.domain.money.AmountBounds;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.wallet.Deposit;
import com.jobsphere.domain.wallet.DepositStatus;
import com.jobsphere.domain.wallet.TransactionEntry;
import com.jobsphere.domain.wallet.TransactionStatus;
import com.jobsphere.domain.wallet.TransactionType;
import java.time.Clock;
import java.time.Instant;

/**
 * Starts a deposit: records it as pending, then (outside any transaction) asks the gateway for a
 * Checkout Session, then stores the session id. The wallet is credited later, by the verified event.
 */
public final class StartDeposit {
    private final UnitOfWork unitOfWork;
    private final PaymentGateway gateway;
    private final Ids ids;
    private final Clock clock;

    public StartDeposit(UnitOfWork unitOfWork, PaymentGateway gateway, Ids ids, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.gateway = gateway;
        this.ids = ids;
        this.clock = clock;
    }

    public record Result(String sessionId, String checkoutUrl, Money amount) {
    }

    public Result execute(Caller caller, Money amount) {
        AmountBounds.check(amount, "amount");
        Instant now = clock.instant();
        Deposit deposit = Deposit.start(ids.next(), caller.userId(), amount, now);
        unitOfWork.inTransaction(stores -> {
            Lookups.found(stores.wallets().byUser(caller.userId()), "Wallet").requireNotFrozen();
            stores.deposits().add(deposit);
            stores.history().add(new TransactionEntry(deposit.id(), TransactionType.DEPOSIT, amount, null,
                    caller.userId(), null, null, TransactionStatus.PENDING, Descriptions.deposit(amount), null, now, null));
            return null;
        });
        PaymentGateway.CheckoutSession session;
        try {
            session = gateway.createCheckoutSession(deposit.id(), caller.userId(), amount);
        } catch (PaymentGatewayUnavailable e) {
            // No session exists for the payer to use, so the deposit is closed rather than left dangling.
            unitOfWork.inTransaction(stores -> {
                DepositSettlement.close(stores, deposit.id(), DepositStatus.FAILED, clock.instant());
                return null;
            });
            throw e;
        }
        unitOfWork.inTransaction(stores -> {
            stores.deposits().save(Lookups.found(stores.deposits().lock(deposit.id()), "Deposit").withSession(session.sessionId()));
            return null;
        });
        return new Result(session.sessionId(), session.checkoutUrl(), amount);
    }
}
