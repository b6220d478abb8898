package com.jobsphere.application.fakes;

import com.jobsphere.application.port.ConcurrentUpdate;
import com.jobsphere.application.port.Deposits;
import com.jobsphere.domain.common.DepositId;
import com.jobsphere.domain.common.WireNames;
import com.jobsphere.domain.wallet.Deposit;
import com.jobsphere.domain.wallet.DepositStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

final class InMemoryDeposits implements Deposits {
    private final InMemoryState state;

    InMemoryDeposits(InMemoryState state) {
        this.state = state;
    }

    @Override
    public void add(Deposit deposit) {
        InMemoryState.requireReference(state.users, deposit.userId(), "user");
        refuseTakenSession(deposit);
        InMemoryState.insertNew(state.deposits, deposit.id(), deposit, "deposit");
    }

    @Override
    public Optional<Deposit> byId(DepositId id) {
        return Optional.ofNullable(state.deposits.get(id));
    }

    @Override
    public Optional<Deposit> lock(DepositId id) {
        return byId(id);
    }

    @Override
    public Optional<Deposit> bySessionId(String sessionId) {
        return state.deposits.values().stream()
                .filter(deposit -> Objects.equals(deposit.sessionId(), sessionId))
                .findFirst();
    }

    /** The state guard: a deposit that has left pending never changes again, so it is credited at most once. */
    @Override
    public void save(Deposit deposit) {
        Deposit stored = InMemoryState.existing(state.deposits, deposit.id(), "deposit");
        if (stored.status() != DepositStatus.PENDING) {
            throw new ConcurrentUpdate("Deposit " + deposit.id() + " is already " + WireNames.of(stored.status()), null);
        }
        refuseTakenSession(deposit);
        state.deposits.put(deposit.id(), new Deposit(stored.id(), stored.userId(), stored.amount(), deposit.status(),
                deposit.sessionId(), stored.createdAt(), deposit.completedAt()));
    }

    /** Two deposits with one Checkout Session is a bug, as the unique key in the database says. */
    private void refuseTakenSession(Deposit deposit) {
        if (deposit.sessionId() != null && bySessionId(deposit.sessionId())
                .filter(other -> !other.id().equals(deposit.id())).isPresent()) {
            throw new IllegalStateException("Session " + deposit.sessionId() + " already belongs to another deposit");
        }
    }

    @Override
    public List<DepositId> pendingStartedBefore(Instant before, int limit) {
        return state.deposits.values().stream()
                .filter(deposit -> deposit.status() == DepositStatus.PENDING && deposit.createdAt().isBefore(before))
                .sorted(Comparator.comparing(Deposit::createdAt).thenComparing(deposit -> deposit.id().value()))
                .limit(limit)
                .map(Deposit::id)
                .toList();
    }
}
