package com.jobsphere.application.port;

import com.jobsphere.domain.wallet.Withdrawal;
import com.jobsphere.domain.wallet.WithdrawalStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Withdrawal requests. */
public interface Withdrawals {
    void add(Withdrawal withdrawal);

    Optional<Withdrawal> byId(String id);

    Optional<Withdrawal> lock(String id);

    void save(Withdrawal withdrawal);

    /** Newest first; {@code status} null lists all. */
    Page<Withdrawal> list(WithdrawalStatus status, PageRequest page);

    /**
     * Ids of withdrawals in {@code processing} since before {@code before}: their transfer was attempted and its
     * outcome never recorded. Oldest first, at most {@code limit}.
     */
    List<String> processingSince(Instant before, int limit);
}
