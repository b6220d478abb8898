package com.jobsphere.application.fakes;

import com.jobsphere.application.port.PushOutbox;
import com.jobsphere.domain.common.NotificationId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.notification.Device;
import com.jobsphere.domain.notification.Notice;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The push outbox in memory, with the SQL store's rules. Transactions run one at a time here, so no claim ever
 * meets another in flight: what {@code SKIP LOCKED} does on PostgreSQL has nothing to skip.
 */
final class InMemoryPushOutbox implements PushOutbox {
    /** One queued push, as the table holds it. */
    record Row(long id, NotificationId notificationId, UserId userId, String token, State state, int attempts,
            Instant dueAt, String claim, String lastError, String messageId, Instant createdAt, Instant updatedAt) {
        Row {
            Objects.requireNonNull(notificationId, "notificationId");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(state, "state");
        }

        Row with(State newState, Instant newDueAt, String newClaim, String error, String message, Instant at) {
            return new Row(id, notificationId, userId, token, newState, attempts, newDueAt, newClaim, error, message,
                    createdAt, at);
        }
    }

    enum State { PENDING, DELIVERED, DEAD }

    private final InMemoryState state;

    InMemoryPushOutbox(InMemoryState state) {
        this.state = state;
    }

    /** A push of the notice to the device with this token, due at once. */
    static void queue(InMemoryState state, Notice notice, String token) {
        long id = ++state.lastPushId;
        state.pushes.put(id, new Row(id, notice.id(), notice.recipient(), token, State.PENDING, 0, notice.createdAt(),
                null, null, null, notice.createdAt(), notice.createdAt()));
    }

    /** Every push of this device goes with it, as the foreign key's ON DELETE CASCADE does. */
    static void drop(InMemoryState state, Device device) {
        state.pushes.values().removeIf(row -> row.userId().equals(device.owner()) && row.token().equals(device.token()));
    }

    @Override
    public List<ClaimedPush> claim(String claim, Instant now, Instant leaseUntil, int limit) {
        List<Row> due = state.pushes.values().stream()
                .filter(row -> row.state() == State.PENDING && !row.dueAt().isAfter(now))
                .sorted(Comparator.comparing(Row::dueAt).thenComparing(Row::id))
                .limit(limit).toList();
        List<ClaimedPush> claimed = new ArrayList<>();
        for (Row row : due) {
            Row leased = new Row(row.id(), row.notificationId(), row.userId(), row.token(), State.PENDING,
                    row.attempts() + 1, leaseUntil, claim, row.lastError(), null, row.createdAt(), now);
            state.pushes.put(row.id(), leased);
            claimed.add(new ClaimedPush(row.id(), claim, leased.attempts(), row.token(),
                    state.notifications.get(row.notificationId()).notice()));
        }
        return claimed;
    }

    @Override
    public boolean delivered(ClaimedPush push, String messageId, Instant now) {
        return finish(push, row -> row.with(State.DELIVERED, row.dueAt(), null, null, messageId, now));
    }

    @Override
    public boolean retryAt(ClaimedPush push, Instant dueAt, String reason, Instant now) {
        return finish(push, row -> row.with(State.PENDING, dueAt, null, reason, null, now));
    }

    @Override
    public boolean giveUp(ClaimedPush push, String reason, Instant now) {
        return finish(push, row -> row.with(State.DEAD, row.dueAt(), null, reason, null, now));
    }

    @Override
    public Optional<Instant> nextDue() {
        return state.pushes.values().stream().filter(row -> row.state() == State.PENDING).map(Row::dueAt)
                .min(Comparator.naturalOrder());
    }

    @Override
    public int expire(Instant queuedBefore, Instant now, int limit) {
        List<Row> old = state.pushes.values().stream()
                .filter(row -> row.state() == State.PENDING && row.createdAt().isBefore(queuedBefore))
                .sorted(Comparator.comparing(Row::createdAt).thenComparing(Row::id)).limit(limit).toList();
        old.forEach(row -> state.pushes.put(row.id(), row.with(State.DEAD, row.dueAt(), null,
                "not sent within its time to live", null, now)));
        return old.size();
    }

    @Override
    public int purge(Instant before, int limit) {
        List<Long> finished = state.pushes.values().stream()
                .filter(row -> row.state() != State.PENDING && row.updatedAt().isBefore(before))
                .sorted(Comparator.comparing(Row::updatedAt).thenComparing(Row::id)).limit(limit)
                .map(Row::id).toList();
        finished.forEach(state.pushes::remove);
        return finished.size();
    }

    /** Changes a pending push still held by this claim. */
    private boolean finish(ClaimedPush push, UnaryOperator<Row> change) {
        Row row = state.pushes.get(push.id());
        if (row == null || row.state() != State.PENDING || !push.claim().equals(row.claim())) {
            return false;
        }
        state.pushes.put(row.id(), change.apply(row));
        return true;
    }
}
