package com.jobsphere.adapters.postgres;

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

/** Every store, bound to one transaction's handle. */
final class JdbiStores implements Stores {
    private final Sql sql;

    JdbiStores(Sql sql) {
        this.sql = sql;
    }

    /** The transaction's statements, for tests in this package that need to reach past the ports. */
    Sql sql() {
        return sql;
    }

    /** Sends the writes queued so far; a refusal they cause (an overdraft) surfaces here. */
    @Override
    public void flush() {
        sql.flush();
    }

    @Override
    public Users users() {
        return new JdbiUsers(sql);
    }

    @Override
    public Wallets wallets() {
        return new JdbiWallets(sql);
    }

    @Override
    public Ledger ledger() {
        return new JdbiLedger(sql);
    }

    @Override
    public History history() {
        return new JdbiHistory(sql);
    }

    @Override
    public Jobs jobs() {
        return new JdbiJobs(sql);
    }

    @Override
    public Applications applications() {
        return new JdbiApplications(sql);
    }

    @Override
    public Offers offers() {
        return new JdbiOffers(sql);
    }

    @Override
    public CompletionRequests completionRequests() {
        return new JdbiCompletionRequests(sql);
    }

    @Override
    public Deals deals() {
        return new JdbiDeals(sql);
    }

    @Override
    public Deposits deposits() {
        return new JdbiDeposits(sql);
    }

    @Override
    public Withdrawals withdrawals() {
        return new JdbiWithdrawals(sql);
    }

    @Override
    public ConnectedAccounts connectedAccounts() {
        return new JdbiConnectedAccounts(sql);
    }

    @Override
    public GatewayEvents gatewayEvents() {
        return new JdbiGatewayEvents(sql);
    }

    @Override
    public LoginAttempts loginAttempts() {
        return new JdbiLoginAttempts(sql);
    }

    @Override
    public RefreshTokens refreshTokens() {
        return new JdbiRefreshTokens(sql);
    }

    @Override
    public IdempotencyRecords idempotencyRecords() {
        return new JdbiIdempotencyRecords(sql);
    }

    @Override
    public Notifications notifications() {
        return new JdbiNotifications(sql);
    }

    @Override
    public Devices devices() {
        return new JdbiDevices(sql);
    }

    @Override
    public PushOutbox pushOutbox() {
        return new JdbiPushOutbox(sql);
    }
}
