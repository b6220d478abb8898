package com.jobsphere.application.common;

import com.jobsphere.application.port.Applications;
import com.jobsphere.application.port.Devices;
import com.jobsphere.application.port.LoginAttempts;
import com.jobsphere.application.port.Notifications;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.application.port.PlatformBalances;
import com.jobsphere.application.port.PostedTransfer;
import com.jobsphere.application.port.PushOutbox;
import com.jobsphere.application.port.BusinessEvents;
import com.jobsphere.application.port.CompletionRequests;
import com.jobsphere.application.port.ConnectedAccounts;
import com.jobsphere.application.port.Deals;
import com.jobsphere.application.port.Deposits;
import com.jobsphere.application.port.GatewayEvents;
import com.jobsphere.application.port.History;
import com.jobsphere.application.port.IdempotencyRecords;
import com.jobsphere.application.port.Jobs;
import com.jobsphere.application.port.Ledger;
import com.jobsphere.application.port.LedgerCheck;
import com.jobsphere.application.port.Offers;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.application.port.RefreshTokens;
import com.jobsphere.application.port.Stores;
import com.jobsphere.application.port.UnitOfWork;
import com.jobsphere.application.port.Users;
import com.jobsphere.application.port.Wallets;
import com.jobsphere.application.port.WithdrawalView;
import com.jobsphere.application.port.Withdrawals;
import com.jobsphere.domain.common.WithdrawalId;
import com.jobsphere.domain.ledger.Account;
import com.jobsphere.domain.ledger.Posting;
import com.jobsphere.domain.ledger.Transfer;
import com.jobsphere.domain.wallet.Withdrawal;
import com.jobsphere.domain.wallet.WithdrawalStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A unit of work that tells {@link BusinessEvents} what its transactions did, once they have committed: the
 * transfers posted to the ledger and the withdrawals that reached an end. Each attempt of a transaction notes its
 * effects afresh, so an attempt rolled back and retried is never counted, and nothing is told when the transaction
 * fails. The stores are watched where every such effect must pass (the ledger's {@code post}, the withdrawals'
 * {@code save}), so no use case has to remember to report anything.
 */
final class ObservedUnitOfWork implements UnitOfWork {
    private final UnitOfWork delegate;
    private final BusinessEvents events;

    ObservedUnitOfWork(UnitOfWork delegate, BusinessEvents events) {
        this.delegate = delegate;
        this.events = events;
    }

    @Override
    public <T> T inTransaction(Function<Stores, T> work) {
        AtomicReference<List<Runnable>> committed = new AtomicReference<>(List.of());
        T result = delegate.inTransaction(stores -> {
            List<Runnable> effects = new ArrayList<>();
            committed.set(effects);
            return work.apply(new ObservedStores(stores, effects, events));
        });
        committed.get().forEach(Runnable::run);
        return result;
    }

    /** Reads change nothing, so there is nothing to tell. */
    @Override
    public <T> T read(Function<Stores, T> work) {
        return delegate.read(work);
    }

    /** The money a transfer moved: the sum of its credits (its debits sum to the same, negated). */
    static long amountMoved(Transfer transfer) {
        long credits = 0;
        for (Posting posting : transfer.postings()) {
            if (posting.amountCents() > 0) {
                credits = Math.addExact(credits, posting.amountCents());
            }
        }
        return credits;
    }

    /** The stores of one attempt, noting its effects; every store but the ledger and the withdrawals is as given. */
    private record ObservedStores(Stores stores, List<Runnable> effects, BusinessEvents events) implements Stores {
        @Override
        public Ledger ledger() {
            return new ObservedLedger(stores.ledger(), effects, events);
        }

        @Override
        public Withdrawals withdrawals() {
            return new ObservedWithdrawals(stores.withdrawals(), effects, events);
        }

        @Override
        public void flush() {
            stores.flush();
        }

        @Override
        public Users users() {
            return stores.users();
        }

        @Override
        public Wallets wallets() {
            return stores.wallets();
        }

        @Override
        public History history() {
            return stores.history();
        }

        @Override
        public Jobs jobs() {
            return stores.jobs();
        }

        @Override
        public Applications applications() {
            return stores.applications();
        }

        @Override
        public Offers offers() {
            return stores.offers();
        }

        @Override
        public CompletionRequests completionRequests() {
            return stores.completionRequests();
        }

        @Override
        public Deals deals() {
            return stores.deals();
        }

        @Override
        public Deposits deposits() {
            return stores.deposits();
        }

        @Override
        public ConnectedAccounts connectedAccounts() {
            return stores.connectedAccounts();
        }

        @Override
        public GatewayEvents gatewayEvents() {
            return stores.gatewayEvents();
        }

        @Override
        public RefreshTokens refreshTokens() {
            return stores.refreshTokens();
        }

        @Override
        public IdempotencyRecords idempotencyRecords() {
            return stores.idempotencyRecords();
        }

        @Override
        public LoginAttempts loginAttempts() {
            return stores.loginAttempts();
        }

        @Override
        public Notifications notifications() {
            return stores.notifications();
        }

        @Override
        public Devices devices() {
            return stores.devices();
        }

        @Override
        public PushOutbox pushOutbox() {
            return stores.pushOutbox();
        }
    }

    private record ObservedLedger(Ledger ledger, List<Runnable> effects, BusinessEvents events) implements Ledger {
        @Override
        public void post(Transfer transfer) {
            ledger.post(transfer);
            long amountCents = amountMoved(transfer);
            effects.add(() -> events.moneyMoved(transfer.type(), amountCents));
        }

        @Override
        public long balanceOf(Account account) {
            return ledger.balanceOf(account);
        }

        @Override
        public long platformBalance() {
            return ledger.platformBalance();
        }

        @Override
        public LedgerCheck verify() {
            return ledger.verify();
        }

        @Override
        public PlatformBalances platformBalances() {
            return ledger.platformBalances();
        }

        @Override
        public Page<PostedTransfer> transfers(PageRequest page) {
            return ledger.transfers(page);
        }
    }

    private record ObservedWithdrawals(Withdrawals withdrawals, List<Runnable> effects, BusinessEvents events)
            implements Withdrawals {
        @Override
        public void save(Withdrawal withdrawal) {
            withdrawals.save(withdrawal);
            WithdrawalStatus status = withdrawal.status();
            if (status == WithdrawalStatus.COMPLETED || status == WithdrawalStatus.FAILED
                    || status == WithdrawalStatus.REJECTED) {
                long amountCents = withdrawal.amount().cents();
                effects.add(() -> events.withdrawalEnded(status, amountCents));
            }
        }

        @Override
        public void add(Withdrawal withdrawal) {
            withdrawals.add(withdrawal);
        }

        @Override
        public Optional<Withdrawal> byId(WithdrawalId id) {
            return withdrawals.byId(id);
        }

        @Override
        public Optional<Withdrawal> lock(WithdrawalId id) {
            return withdrawals.lock(id);
        }

        @Override
        public Page<WithdrawalView> list(WithdrawalStatus status, PageRequest page) {
            return withdrawals.list(status, page);
        }

        @Override
        public List<WithdrawalId> processingSince(Instant before, int limit) {
            return withdrawals.processingSince(before, limit);
        }
    }
}
