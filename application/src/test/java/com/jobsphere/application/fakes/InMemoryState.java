package com.jobsphere.application.fakes;

import com.jobsphere.application.port.ConnectedAccount;
import com.jobsphere.application.port.IdempotencyRecord;
import com.jobsphere.application.port.Notification;
import com.jobsphere.application.port.Party;
import com.jobsphere.application.port.RefreshTokenRecord;
import com.jobsphere.domain.common.ApplicationId;
import com.jobsphere.domain.common.CompletionRequestId;
import com.jobsphere.domain.common.DepositId;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.NotificationId;
import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.common.WithdrawalId;
import com.jobsphere.domain.job.CompletionRequest;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.job.JobApplication;
import com.jobsphere.domain.ledger.Book;
import com.jobsphere.domain.ledger.Transfer;
import com.jobsphere.domain.notification.Device;
import com.jobsphere.domain.offer.Offer;
import com.jobsphere.domain.user.User;
import com.jobsphere.domain.wallet.Deposit;
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
    final Map<UserId, User> users = new LinkedHashMap<>();
    final Map<UserId, Wallet> walletsByUser = new LinkedHashMap<>();
    final List<Transfer> transfers = new ArrayList<>();
    final Book book = new Book();
    final Map<JobId, Job> jobs = new LinkedHashMap<>();
    final Map<ApplicationId, JobApplication> applications = new LinkedHashMap<>();
    final Map<OfferId, Offer> offers = new LinkedHashMap<>();
    final Map<CompletionRequestId, CompletionRequest> completionRequests = new LinkedHashMap<>();
    final Map<DepositId, Deposit> deposits = new LinkedHashMap<>();
    final Map<WithdrawalId, Withdrawal> withdrawals = new LinkedHashMap<>();
    final Map<UserId, ConnectedAccount> connectedAccountsByUser = new LinkedHashMap<>();
    final Map<String, Instant> gatewayEvents = new LinkedHashMap<>();
    final Map<String, RefreshTokenRecord> refreshTokens = new LinkedHashMap<>();
    final Map<IdempotencyKey, IdempotencyRecord> idempotencyRecords = new LinkedHashMap<>();
    final List<InMemoryLoginAttempts.Attempt> loginAttempts = new ArrayList<>();
    final Map<NotificationId, Notification> notifications = new LinkedHashMap<>();
    final Map<String, Device> devicesByToken = new LinkedHashMap<>();
    final Map<Long, InMemoryPushOutbox.Row> pushes = new LinkedHashMap<>();
    long lastPushId;

    /** An idempotency key is unique per caller. */
    record IdempotencyKey(UserId userId, String key) {
    }

    InMemoryState copy() {
        InMemoryState copy = new InMemoryState();
        copy.users.putAll(users);
        copy.walletsByUser.putAll(walletsByUser);
        for (Transfer transfer : transfers) {
            copy.book.apply(transfer);
            copy.transfers.add(transfer);
        }
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
        copy.loginAttempts.addAll(loginAttempts);
        copy.notifications.putAll(notifications);
        copy.devicesByToken.putAll(devicesByToken);
        copy.pushes.putAll(pushes);
        copy.lastPushId = lastPushId;
        return copy;
    }

    /** The user as a related party is shown, or null if there is none. */
    Party party(UserId userId) {
        User user = userId == null ? null : users.get(userId);
        return user == null ? null : new Party(user.id(), user.name(), user.email().value());
    }

    /** Adds a value under a new id; an id already taken is a bug in the caller, as a primary key would say. */
    static <K, V> void insertNew(Map<K, V> table, K id, V value, String what) {
        if (table.putIfAbsent(id, value) != null) {
            throw new IllegalStateException("A " + what + " with id " + id + " already exists");
        }
    }

    /** Refuses a reference to a row that does not exist, as the database's foreign keys do. */
    static <K> void requireReference(Map<K, ?> table, K id, String what) {
        if (id != null && !table.containsKey(id)) {
            throw new IllegalStateException("No " + what + " " + id + " exists to refer to");
        }
    }

    /** The stored value a save replaces; saving something never added is a bug in the caller. */
    static <K, V> V existing(Map<K, V> table, K id, String what) {
        V stored = table.get(id);
        if (stored == null) {
            throw new IllegalStateException("Expected to update one " + what + " " + id + ", found none");
        }
        return stored;
    }
}
