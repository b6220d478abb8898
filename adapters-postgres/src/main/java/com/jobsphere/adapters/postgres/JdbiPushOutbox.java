package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.PushOutbox;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The push outbox in {@code push_outbox}. A claim is one statement: it picks the due rows with
 * {@code FOR UPDATE SKIP LOCKED}, so that concurrent claims on several instances pass each other's rows by instead
 * of waiting for them or taking them too, and leases what it picked by moving its due time to the lease's end.
 * Every later change names the claim: one whose lease ran out and was claimed again changes nothing.
 */
final class JdbiPushOutbox implements PushOutbox {
    static final String EXPIRED = "not sent within its time to live";
    private static final RowMapper<ClaimedPush> CLAIMED = (row, context) -> new ClaimedPush(row.getLong("push_id"),
            row.getString("claim"), row.getInt("attempts"), row.getString("token"), JdbiNotifications.notice(row));

    private final Sql sql;

    JdbiPushOutbox(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<ClaimedPush> claim(String claim, Instant now, Instant leaseUntil, int limit) {
        return sql.call(handle -> handle.createQuery("""
                        update push_outbox push
                        set attempts = push.attempts + 1, due_at = :leaseUntil, claim = :claim, updated_at = :now
                        from (select id from push_outbox
                              where state = 'pending' and due_at <= :now
                              order by due_at, id
                              limit :limit
                              for update skip locked) due,
                             notifications n
                        where push.id = due.id and n.id = push.notification_id
                        returning push.id as push_id, push.claim, push.attempts, push.token,\s""" + JdbiNotifications.COLUMNS)
                .bind("leaseUntil", Columns.timestamp(leaseUntil))
                .bind("claim", claim)
                .bind("now", Columns.timestamp(now))
                .bind("limit", limit)
                .map(CLAIMED)
                .list());
    }

    @Override
    public boolean delivered(ClaimedPush push, String messageId, Instant now) {
        return finish(push, "state = 'delivered', message_id = :text, last_error = null", messageId, now, null);
    }

    @Override
    public boolean retryAt(ClaimedPush push, Instant dueAt, String reason, Instant now) {
        return finish(push, "due_at = :dueAt, last_error = :text", reason, now, dueAt);
    }

    @Override
    public boolean giveUp(ClaimedPush push, String reason, Instant now) {
        return finish(push, "state = 'dead', last_error = :text", reason, now, null);
    }

    /** Served by the partial index on pending pushes' due times. */
    @Override
    public Optional<Instant> nextDue() {
        return sql.call(handle -> handle.createQuery("select min(due_at) as due_at from push_outbox where state = 'pending'")
                .map((row, context) -> Optional.ofNullable(Columns.instant(row, "due_at")))
                .one());
    }

    @Override
    public int expire(Instant queuedBefore, Instant now, int limit) {
        return sql.call(handle -> handle.createUpdate("""
                        update push_outbox set state = 'dead', claim = null, last_error = :reason, updated_at = :now
                        where id in (select id from push_outbox
                                     where state = 'pending' and created_at < :before
                                     order by created_at, id
                                     limit :limit
                                     for update skip locked)""")
                .bind("reason", EXPIRED)
                .bind("now", Columns.timestamp(now))
                .bind("before", Columns.timestamp(queuedBefore))
                .bind("limit", limit)
                .execute());
    }

    @Override
    public int purge(Instant before, int limit) {
        return sql.call(handle -> handle.createUpdate("""
                        delete from push_outbox
                        where id in (select id from push_outbox
                                     where state <> 'pending' and updated_at < :before
                                     order by updated_at, id
                                     limit :limit
                                     for update skip locked)""")
                .bind("before", Columns.timestamp(before))
                .bind("limit", limit)
                .execute());
    }

    /** Changes a pending push only while this claim holds it; the claim is released with the change. */
    private boolean finish(ClaimedPush push, String change, String text, Instant now, Instant dueAt) {
        return sql.call(handle -> {
            var update = handle.createUpdate("update push_outbox set " + change + ", claim = null, updated_at = :now"
                            + " where id = :id and claim = :claim and state = 'pending'")
                    .bind("text", text)
                    .bind("now", Columns.timestamp(now))
                    .bind("id", push.id())
                    .bind("claim", push.claim());
            if (dueAt != null) {
                update.bind("dueAt", Columns.timestamp(dueAt));
            }
            return update.execute();
        }) == 1;
    }
}
