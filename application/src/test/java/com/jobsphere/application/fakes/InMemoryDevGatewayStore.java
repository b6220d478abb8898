package com.jobsphere.application.fakes;

import com.jobsphere.application.port.DevGatewayStore;
import com.jobsphere.application.port.PaymentGateway.AccountStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The development gateway's records in memory, with the same one-per-deposit, one-per-user, one-per-key rules. */
public final class InMemoryDevGatewayStore implements DevGatewayStore {
    private final Map<String, Session> sessionsById = new HashMap<>();
    private final Map<String, String> sessionByDeposit = new HashMap<>();
    private final Map<String, String> accountByUser = new HashMap<>();
    private final Map<String, AccountStatus> accounts = new HashMap<>();
    private final Map<String, String> transfers = new HashMap<>();

    @Override
    public synchronized Session sessionFor(String depositId, String userId, long amountCents, String newSessionId,
            Instant at) {
        String sessionId = sessionByDeposit.computeIfAbsent(depositId, deposit -> {
            sessionsById.put(newSessionId, new Session(newSessionId, deposit, userId, amountCents, Session.State.OPEN, at));
            return newSessionId;
        });
        return sessionsById.get(sessionId);
    }

    @Override
    public synchronized Optional<Session> session(String sessionId) {
        return Optional.ofNullable(sessionsById.get(sessionId));
    }

    @Override
    public synchronized boolean closeSession(String sessionId, Session.State end) {
        Session session = sessionsById.get(sessionId);
        if (session == null || session.state() != Session.State.OPEN) {
            return false;
        }
        sessionsById.put(sessionId, new Session(sessionId, session.depositId(), session.userId(), session.amountCents(),
                end, session.createdAt()));
        return true;
    }

    @Override
    public synchronized String accountFor(String userId, String newAccountId) {
        return accountByUser.computeIfAbsent(userId, user -> {
            accounts.put(newAccountId, new AccountStatus(false, false));
            return newAccountId;
        });
    }

    @Override
    public synchronized Optional<AccountStatus> account(String accountId) {
        return Optional.ofNullable(accounts.get(accountId));
    }

    @Override
    public synchronized boolean enablePayouts(String accountId) {
        return accounts.computeIfPresent(accountId, (id, status) -> new AccountStatus(true, true)) != null;
    }

    @Override
    public synchronized String transferFor(String idempotencyKey, String accountId, long amountCents,
            String newTransferId, Instant at) {
        return transfers.computeIfAbsent(idempotencyKey, key -> newTransferId);
    }

    @Override
    public synchronized Optional<String> transfer(String idempotencyKey) {
        return Optional.ofNullable(transfers.get(idempotencyKey));
    }
}
