package com.jobsphere.application.port;

/** The repositories of one unit of work, all bound to its transaction. */
public interface Stores {
    Users users();

    Wallets wallets();

    Ledger ledger();

    History history();

    Jobs jobs();

    Applications applications();

    Offers offers();

    CompletionRequests completionRequests();

    Deposits deposits();

    Withdrawals withdrawals();

    ConnectedAccounts connectedAccounts();

    GatewayEvents gatewayEvents();

    RefreshTokens refreshTokens();

    IdempotencyRecords idempotencyRecords();
}
