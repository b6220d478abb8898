package com.jobsphere.application.port;

import com.jobsphere.domain.common.DepositId;
import com.jobsphere.domain.wallet.Deposit;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Checkout deposits. A deposit is credited at most once, enforced by the store's state guard. */
public interface Deposits {
    void add(Deposit deposit);

    Optional<Deposit> byId(DepositId id);

    /** Locks the deposit's row for the rest of the transaction. */
    Optional<Deposit> lock(DepositId id);

    Optional<Deposit> bySessionId(String sessionId);

    /**
     * Saves a changed deposit. A deposit that already left {@code pending} cannot change again: the
     * store refuses such a save with {@link ConcurrentUpdate}.
     */
    void save(Deposit deposit);

    /** Ids of deposits still pending that were started before {@code before}, oldest first, at most {@code limit}. */
    List<DepositId> pendingStartedBefore(Instant before, int limit);
}
