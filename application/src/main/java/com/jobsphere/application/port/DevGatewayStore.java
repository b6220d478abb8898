package com.jobsphere.application.port;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The development payment gateway's own records: what a provider would keep of Checkout Sessions, connected
 * accounts and transfers. They live in the database, not in a process's memory, so a restart or a second
 * instance never strands a pending development checkout (CONTRACT.md §10). Each method is its own short
 * transaction, as a call to a provider is never part of the service's transactions.
 */
public interface DevGatewayStore {
    /** A development Checkout Session for one deposit. */
    record Session(String sessionId, String depositId, String userId, long amountCents, State state, Instant createdAt) {
        public enum State { OPEN, PAID, EXPIRED }

        public Session {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(depositId, "depositId");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }

    /** The deposit's session, made with {@code newSessionId} if the deposit has none yet: one per deposit. */
    Session sessionFor(String depositId, String userId, long amountCents, String newSessionId, Instant at);

    Optional<Session> session(String sessionId);

    /** Ends an open session as paid or expired; returns false, changing nothing, if it was not open. */
    boolean closeSession(String sessionId, Session.State end);

    /** The user's connected account, made with {@code newAccountId} (payouts not enabled) if there is none. */
    String accountFor(String userId, String newAccountId);

    Optional<PaymentGateway.AccountStatus> account(String accountId);

    /** Marks the account onboarded: details submitted, payouts enabled. Returns false if it is unknown. */
    boolean enablePayouts(String accountId);

    /** The transfer made with this idempotency key, made now with {@code newTransferId} if there is none. */
    String transferFor(String idempotencyKey, String accountId, long amountCents, String newTransferId, Instant at);

    /** The transfer made with this idempotency key, if any. */
    Optional<String> transfer(String idempotencyKey);
}
