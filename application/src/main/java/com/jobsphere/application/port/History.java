package com.jobsphere.application.port;

import com.jobsphere.domain.wallet.TransactionEntry;
import com.jobsphere.domain.wallet.TransactionType;
import java.util.Optional;

/** The user-facing transaction history. */
public interface History {
    void add(TransactionEntry entry);

    Optional<TransactionEntry> byId(String id);

    /** Saves a changed status, transfer id or completion time. */
    void save(TransactionEntry entry);

    /** The user's items (from or to them), newest first, optionally of one type, with parties populated. */
    Page<TransactionView> forUser(String userId, TransactionType type, PageRequest page);
}
