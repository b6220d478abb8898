package com.jobsphere.application.fakes;

import com.jobsphere.application.port.ConnectedAccount;
import com.jobsphere.application.port.IdempotencyRecord;
import com.jobsphere.application.port.RefreshTokenRecord;
import com.jobsphere.domain.job.CompletionRequest;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.job.JobApplication;
import com.jobsphere.domain.ledger.Book;
import com.jobsphere.domain.ledger.Transfer;
import com.jobsphere.domain.offer.Offer;
import com.jobsphere.domain.user.User;
import com.jobsphere.domain.wallet.Deposit;
import com.jobsphere.domain.wallet.TransactionEntry;
import com.jobsphere.domain.wallet.Wallet;
import com.jobsphere.domain.wallet.Withdrawal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the in-memory stores hold. A transaction works on a {@link #copy()} and the copy replaces the
 * committed state only when the work returns, so a failed transaction leaves nothing behind. The values are
 * immutable records, so copying the maps is enough; the book is rebuilt from the transfers.
 */
final class InMemoryState {
    final Map<String, User> users = new LinkedHashMap<>();
    final Map<String, Wallet> walletsByUser = new LinkedHashMap<>();
    final List<Transfer> transfers = new ArrayList<>();
    final Book book = new Book();
    final Map<String, TransactionEntry> history = new LinkedHashMap<>();
    final Map<String, Job> jobs = new LinkedHashMap<>();
    final Map<String, JobApplication> applications = new LinkedHashMap<>();
    final Map<String, Offer> offers = new LinkedHashMap<>();
    final Map<String, CompletionRequest> completionRequests = new LinkedHashMap<>();
    final Map<String, Deposit> deposits = new LinkedHashMap<>();
    final Map<String, Withdrawal> withdrawals = new LinkedHashMap<>();
    final Map<String, ConnectedAccount> connectedAccountsByUser = new LinkedHashMap<>();
    final Map<String, Instant> gatewayEvents = new LinkedHashMap<>();
    final Map<String, RefreshTokenRecord> refreshTokens = new LinkedHashMap<>();
    final Map<IdempotencyKey, IdempotencyRecord> idempotencyRecords = new LinkedHashMap<>();

    /** An idempotency key is unique per caller. */
    record IdempotencyKey(String userId, String key) {
    }

    InMemoryState copy() {
        InMemoryState copy = new InMemoryState();
        copy.users.putAll(users);
        copy.walletsByUser.putAll(walletsByUser);
        for (Transfer transfer : transfers) {
            copy.book.apply(transfer);
            copy.transfers.add(transfer);
        }
        copy.history.putAll(history);
        copy.jobs.putAll(jobs);
        copy.applications.putAll(applications);
        copy.offers.putAll(offers);
        copy.completionRequests.putAll(completionRequests);
        copy.deposits.putAll(deposits);
        copy.withdrawals.putAll(withdrawals);
        copy.connectedAccountsByUser.putAll(connectedAccountsByUser);
        copy.gatewayEvents.putAll(gatewayEvents);
        copy.refreshTokens.putAll(refreshTokens);
        copy.idempotencyRecords.putAll(idempotencyRecords);
        return copy;
    }

    /** Adds a value under a new id; an id already taken is a bug in the caller, as a primary key would say. */
    static <V> void insertNew(Map<String, V> table, String id, V value, String what) {
        if (table.putIfAbsent(id, value) != null) {
            throw new IllegalStateException("A " + what + " with id " + id + " already exists");
        }
    }

    /** Refuses a reference to a row that does not exist, as the database's foreign keys do. */
    static void requireReference(Map<String, ?> table, String id, String what) {
        if (id != null && !table.containsKey(id)) {
            throw new IllegalStateException("No " + what + " " + id + " exists to refer to");
        }
    }

    /** The stored value a save replaces; saving something never added is a bug in the caller. */
    static <V> V existing(Map<String, V> table, String id, String what) {
        V stored = table.get(id);
        if (stored == null) {
            throw new IllegalStateException("Expected to update one " + what + " " + id + ", found none");
        }
        return stored;
    }
}
