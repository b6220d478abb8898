package com.jobsphere.application.port;

import com.jobsphere.domain.common.WithdrawalId;
import com.jobsphere.domain.wallet.Withdrawal;
import com.jobsphere.domain.wallet.WithdrawalStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Withdrawal requests. */
public interface Withdrawals {
    void add(Withdrawal withdrawal);

    Optional<Withdrawal> byId(WithdrawalId id);

    Optional<Withdrawal> lock(WithdrawalId id);

    void save(Withdrawal withdrawal);

    /** Newest first, each with its contractor, in one query per page; {@code status} null lists all. */
    Page<WithdrawalView> list(WithdrawalStatus status, PageRequest page);

    /**
     * Ids of withdrawals in {@code processing} since before {@code before}: their transfer was attempted and its
     * outcome never recorded. Oldest first, at most {@code limit}.
     */
    List<WithdrawalId> processingSince(Instant before, int limit);
}
