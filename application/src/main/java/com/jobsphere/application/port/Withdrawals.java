package com.jobsphere.application.port;

import com.jobsphere.domain.wallet.Withdrawal;
import com.jobsphere.domain.wallet.WithdrawalStatus;
import java.util.Optional;

/** Withdrawal requests. */
public interface Withdrawals {
    void add(Withdrawal withdrawal);

    Optional<Withdrawal> byId(String id);

    Optional<Withdrawal> lock(String id);

    void save(Withdrawal withdrawal);

    /** Newest first; {@code status} null lists all. */
    Page<Withdrawal> list(WithdrawalStatus status, PageRequest page);
}
