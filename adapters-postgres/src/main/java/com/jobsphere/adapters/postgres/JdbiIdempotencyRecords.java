package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.IdempotencyRecord;
import com.jobsphere.application.port.IdempotencyRecords;
import com.jobsphere.application.port.RecordedResponse;
import com.jobsphere.application.port.RequestKey;
import com.jobsphere.domain.common.Conflict;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Keys in {@code idempotency_records}, claimed with a transaction-scoped advisory lock.
 *
 * <p>The lock and the read are two statements, and the read must come second: under READ COMMITTED each
 * statement sees what was committed when it started, so a read in the same statement as the lock could miss
 * the record of a holder that committed while this one waited for nothing (the try-lock never waits). Both go
 * to the server in one round trip, as one multi-statement request.
 */
final class JdbiIdempotencyRecords implements IdempotencyRecords {
    static final String STILL_RUNNING = "A request with this Idempotency-Key is still being processed";
    private static final String CLAIM = """
            select pg_try_advisory_xact_lock(?);
            select fingerprint, recovery_point, resource_id, status, body, created_at
            from idempotency_records where user_id = ? and key = ?""";

    private final Sql sql;

    JdbiIdempotencyRecords(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<IdempotencyRecord> claim(RequestKey key, Instant at) {
        sql.acquire(Sql.LockLevel.IDEMPOTENCY_KEY);
        return sql.jdbc(connection -> claim(connection, key));
    }

    private static Optional<IdempotencyRecord> claim(Connection connection, RequestKey key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CLAIM)) {
            statement.setLong(1, LockKeys.oneKey(key.callerId().value(), key.key()));
            statement.setString(2, key.callerId().value());
            statement.setString(3, key.key());
            statement.execute();
            boolean locked;
            try (ResultSet lock = statement.getResultSet()) {
                lock.next();
                locked = lock.getBoolean(1);
            }
            if (!locked) {
                throw new Conflict(STILL_RUNNING);
            }
            statement.getMoreResults();
            try (ResultSet row = statement.getResultSet()) {
                return row.next() ? Optional.of(record(key, row)) : Optional.empty();
            }
        }
    }

    @Override
    public void saveProgress(RequestKey key, String recoveryPoint, String resourceId, Instant at) {
        sql.call(handle -> handle.createUpdate("""
                        insert into idempotency_records (user_id, key, fingerprint, recovery_point, resource_id,
                                                         created_at, updated_at)
                        values (:userId, :key, :fingerprint, :recoveryPoint, :resourceId, :at, :at)
                        on conflict (user_id, key) do update
                            set recovery_point = excluded.recovery_point, resource_id = excluded.resource_id,
                                updated_at = excluded.updated_at""")
                .bind("userId", key.callerId().value())
                .bind("key", key.key())
                .bind("fingerprint", key.fingerprint())
                .bind("recoveryPoint", recoveryPoint)
                .bind("resourceId", resourceId)
                .bind("at", Columns.timestamp(at))
                .execute());
    }

    /** Queued with the unit of work's other writes: the response costs no round trip of its own. */
    @Override
    public void saveResponse(RequestKey key, RecordedResponse response, Instant at) {
        sql.write("""
                        insert into idempotency_records (user_id, key, fingerprint, status, body, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (user_id, key) do update
                            set status = excluded.status, body = excluded.body, updated_at = excluded.updated_at""")
                .id(key.callerId()).text(key.key()).text(key.fingerprint()).integer(response.status())
                .text(response.body()).time(at).time(at)
                .expectOneRow("idempotency record", key.callerId() + "/" + key.key());
    }

    @Override
    public int purgeOlderThan(Instant cutoff, int limit) {
        // A bounded batch keeps each purge transaction short, whatever the backlog.
        return sql.call(handle -> handle.createUpdate("""
                        delete from idempotency_records where ctid in (
                            select ctid from idempotency_records where created_at < :cutoff limit :limit)""")
                .bind("cutoff", Columns.timestamp(cutoff))
                .bind("limit", limit)
                .execute());
    }

    private static IdempotencyRecord record(RequestKey key, ResultSet row) throws SQLException {
        int status = row.getInt("status");
        RecordedResponse response = row.wasNull() ? null : new RecordedResponse(status, row.getString("body"));
        return new IdempotencyRecord(new RequestKey(key.callerId(), key.key(), row.getString("fingerprint")),
                row.getString("recovery_point"), row.getString("resource_id"), response,
                Columns.instant(row, "created_at"));
    }
}
