package com.jobsphere.application.port;

import com.jobsphere.domain.common.UserId;
import java.util.Optional;

/** Contractors' Stripe Connect accounts: one per contractor. */
public interface ConnectedAccounts {
    /** Adds the account; a second account for the same user is refused with {@link ConcurrentUpdate}. */
    void add(ConnectedAccount account);

    Optional<ConnectedAccount> byUser(UserId userId);

    Optional<ConnectedAccount> byAccountId(String accountId);

    void save(ConnectedAccount account);
}
