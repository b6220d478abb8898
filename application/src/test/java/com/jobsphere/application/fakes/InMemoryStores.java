package com.jobsphere.application.fakes;

import com.jobsphere.application.port.Applications;
import com.jobsphere.application.port.CompletionRequests;
import com.jobsphere.application.port.ConnectedAccounts;
import com.jobsphere.application.port.Deals;
import com.jobsphere.application.port.Deposits;
import com.jobsphere.application.port.Devices;
import com.jobsphere.application.port.GatewayEvents;
import com.jobsphere.application.port.History;
import com.jobsphere.application.port.IdempotencyRecords;
import com.jobsphere.application.port.LoginAttempts;
import com.jobsphere.application.port.Jobs;
import com.jobsphere.application.port.Ledger;
import com.jobsphere.application.port.Notifications;
import com.jobsphere.application.port.Offers;
import com.jobsphere.application.port.PushOutbox;
import com.jobsphere.application.port.RefreshTokens;
import com.jobsphere.application.port.Stores;
import com.jobsphere.application.port.Users;
import com.jobsphere.application.port.Wallets;
import com.jobsphere.application.port.Withdrawals;

/** Every in-memory store, bound to one transaction's working copy of the state. */
final class InMemoryStores implements Stores {
    private final InMemoryState state;
    private final InMemoryUnitOfWork unitOfWork;

    InMemoryStores(InMemoryState state, InMemoryUnitOfWork unitOfWork) {
        this.state = state;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Users users() {
        return new InMemoryUsers(state);
    }

    @Override
    public Wallets wallets() {
        return new InMemoryWallets(state);
    }

    @Override
    public Ledger ledger() {
        return new InMemoryLedger(state);
    }

    @Override
    public History history() {
        return new InMemoryHistory(state);
    }

    @Override
    public Jobs jobs() {
        return new InMemoryJobs(state);
    }

    @Override
    public Applications applications() {
        return new InMemoryApplications(state);
    }

    @Override
    public Offers offers() {
        return new InMemoryOffers(state);
    }

    @Override
    public CompletionRequests completionRequests() {
        return new InMemoryCompletionRequests(state);
    }

    @Override
    public Deals deals() {
        return new InMemoryDeals(state);
    }

    @Override
    public Deposits deposits() {
        return new InMemoryDeposits(state);
    }

    @Override
    public Withdrawals withdrawals() {
        return new InMemoryWithdrawals(state);
    }

    @Override
    public ConnectedAccounts connectedAccounts() {
        return new InMemoryConnectedAccounts(state);
    }

    @Override
    public GatewayEvents gatewayEvents() {
        return new InMemoryGatewayEvents(state);
    }

    @Override
    public RefreshTokens refreshTokens() {
        return new InMemoryRefreshTokens(state);
    }

    @Override
    public LoginAttempts loginAttempts() {
        return new InMemoryLoginAttempts(state);
    }

    @Override
    public Notifications notifications() {
        return new InMemoryNotifications(state);
    }

    @Override
    public Devices devices() {
        return new InMemoryDevices(state);
    }

    @Override
    public PushOutbox pushOutbox() {
        return new InMemoryPushOutbox(state);
    }

    @Override
    public IdempotencyRecords idempotencyRecords() {
        return new InMemoryIdempotencyRecords(state, unitOfWork);
    }
}
