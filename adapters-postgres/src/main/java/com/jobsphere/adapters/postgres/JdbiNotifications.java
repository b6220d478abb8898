package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.Notification;
import com.jobsphere.application.port.Notifications;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.domain.common.NotificationId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.notification.Notice;
import com.jobsphere.domain.notification.NotificationType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The feed in {@code notifications}, and the pushes it queues in {@code push_outbox}. A notification's data is a
 * jsonb object built by PostgreSQL from two arrays ({@code jsonb_object}), so every value is a string by
 * construction, and read back as two arrays in one order.
 */
final class JdbiNotifications implements Notifications {
    /** The columns of a notification, its data as {@code data_keys} and {@code data_values}, from table alias n. */
    static final String COLUMNS = "n.id, n.user_id, n.type, n.title, n.body, n.created_at, n.read_at,"
            + " array(select key from jsonb_each_text(n.data)) as data_keys,"
            + " array(select value from jsonb_each_text(n.data)) as data_values";
    private static final RowMapper<Notification> NOTIFICATION = (row, context) ->
            new Notification(notice(row), Columns.instant(row, "read_at"));

    private final Sql sql;

    JdbiNotifications(Sql sql) {
        this.sql = sql;
    }

    /**
     * One write, sent with the transaction's others: the feed row, and from it one push per device the recipient has
     * now (the outbox insert's trigger wakes the dispatchers when the transaction commits). The feed row is always
     * inserted or the statement fails: a taken id violates the primary key, a programmer error, which rolls the
     * transaction back. The outbox's foreign key to the feed row is checked at the end of the statement, when the
     * row is there.
     */
    @Override
    public void raise(Notice notice) {
        List<String> keys = new ArrayList<>(notice.data().keySet());
        List<String> values = new ArrayList<>(notice.data().values());
        sql.write("""
                        with notification as (
                            insert into notifications (id, user_id, type, title, body, data, created_at)
                            values (?, ?, ?, ?, ?, jsonb_object(?::text[], ?::text[]), ?)
                            returning id, user_id, created_at)
                        insert into push_outbox (notification_id, user_id, token, state, attempts, due_at, created_at,
                                                 updated_at)
                        select notification.id, device.user_id, device.token, 'pending', 0, notification.created_at,
                               notification.created_at, notification.created_at
                        from notification join devices device on device.user_id = notification.user_id""")
                .id(notice.id()).id(notice.recipient()).text(Columns.wire(notice.type())).text(notice.title())
                .text(notice.body()).texts(keys).texts(values).time(notice.createdAt());
    }

    /** Served by the feed's index, or by the partial index on unread notifications. */
    @Override
    public Page<Notification> feed(UserId recipient, boolean unreadOnly, PageRequest page) {
        String where = " where n.user_id = :userId" + (unreadOnly ? " and n.read_at is null" : "");
        return new Listing(COLUMNS, "notifications n", where, "n.created_at desc, n.id collate \"C\" desc",
                query -> query.bind("userId", recipient.value())).page(sql, NOTIFICATION, page);
    }

    @Override
    public Optional<Notification> markRead(UserId recipient, NotificationId id, Instant at) {
        return sql.call(handle -> handle.createQuery("""
                        update notifications n set read_at = coalesce(n.read_at, :at)
                        where n.id = :id and n.user_id = :userId
                        returning\s""" + COLUMNS)
                .bind("at", Columns.timestamp(at))
                .bind("id", id.value())
                .bind("userId", recipient.value())
                .map(NOTIFICATION)
                .findOne());
    }

    @Override
    public long markAllRead(UserId recipient, Instant at) {
        return sql.call(handle -> handle.createUpdate("""
                        update notifications set read_at = :at where user_id = :userId and read_at is null""")
                .bind("at", Columns.timestamp(at))
                .bind("userId", recipient.value())
                .execute());
    }

    /** A notice from the columns {@link #COLUMNS} names. */
    static Notice notice(ResultSet row) throws SQLException {
        String[] keys = (String[]) row.getArray("data_keys").getArray();
        String[] values = (String[]) row.getArray("data_values").getArray();
        Map<String, String> data = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            data.put(keys[i], values[i]);
        }
        return new Notice(Columns.id(row, "id", NotificationId::new), Columns.id(row, "user_id", UserId::new),
                Columns.state(row, "type", NotificationType.class), row.getString("title"), row.getString("body"),
                data, Columns.instant(row, "created_at"));
    }
}
