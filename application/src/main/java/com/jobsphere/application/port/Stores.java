package com.jobsphere.application.port;

import com.jobsphere.domain.job.Decision;
import com.jobsphere.domain.notification.Notices;

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

    Deals deals();

    Deposits deposits();

    Withdrawals withdrawals();

    ConnectedAccounts connectedAccounts();

    GatewayEvents gatewayEvents();

    RefreshTokens refreshTokens();

    IdempotencyRecords idempotencyRecords();

    LoginAttempts loginAttempts();

    Notifications notifications();

    Devices devices();

    PushOutbox pushOutbox();

    /**
     * Sends the writes queued so far, if the stores queue them (the database adapter sends a unit of work's writes
     * together, in one round trip, at its next read or at commit). An expected refusal a write causes, an overdraft
     * that the ledger's guarded update finds, surfaces here rather than at commit. Stores that write at once have
     * nothing to send.
     */
    default void flush() {
    }

    /**
     * Writes a deal's decision: its changed rows, then the money it moves, then what it tells its parties. The job
     * is already locked, so the order is the deal's rows, then (by the ledger) wallet and balance rows: CONTRACT.md
     * §12's one order. The notifications take no lock another transaction waits on in a different order.
     */
    default void record(Decision decision) {
        deals().record(decision);
        decision.transfer().ifPresent(ledger()::post);
        Notices.of(decision).forEach(notifications()::raise);
    }
}
