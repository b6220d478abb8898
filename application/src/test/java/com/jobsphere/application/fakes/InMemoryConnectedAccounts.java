package com.jobsphere.application.fakes;

import com.jobsphere.application.port.ConcurrentUpdate;
import com.jobsphere.application.port.ConnectedAccount;
import com.jobsphere.application.port.ConnectedAccounts;
import com.jobsphere.domain.common.UserId;
import java.util.Optional;

final class InMemoryConnectedAccounts implements ConnectedAccounts {
    private final InMemoryState state;

    InMemoryConnectedAccounts(InMemoryState state) {
        this.state = state;
    }

    @Override
    public void add(ConnectedAccount account) {
        InMemoryState.requireReference(state.users, account.userId(), "user");
        if (byUser(account.userId()).isPresent() || byAccountId(account.accountId()).isPresent()) {
            throw new ConcurrentUpdate("User " + account.userId() + " already has a connected account", null);
        }
        state.connectedAccountsByUser.put(account.userId(), account);
    }

    @Override
    public Optional<ConnectedAccount> byUser(UserId userId) {
        return Optional.ofNullable(state.connectedAccountsByUser.get(userId));
    }

    @Override
    public Optional<ConnectedAccount> byAccountId(String accountId) {
        return state.connectedAccountsByUser.values().stream()
                .filter(account -> account.accountId().equals(accountId))
                .findFirst();
    }

    @Override
    public void save(ConnectedAccount account) {
        byUser(account.userId())
                .filter(stored -> stored.accountId().equals(account.accountId()))
                .orElseThrow(() -> new IllegalStateException(
                        "Expected to update one connected account of user " + account.userId() + ", found none"));
        state.connectedAccountsByUser.put(account.userId(), account);
    }
}
