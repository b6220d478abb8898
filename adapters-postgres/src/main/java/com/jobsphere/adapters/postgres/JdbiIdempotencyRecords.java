package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.ConcurrentUpdate;
import com.jobsphere.application.port.IdempotencyRecord;
import com.jobsphere.application.port.IdempotencyRecords;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

final class JdbiIdempotencyRecords implements IdempotencyRecords {
    private static final int MAXIMUM_CLAIM_ATTEMPTS = 3;

    private static final RowMapper<IdempotencyRecord> RECORD = (row, context) -> new IdempotencyRecord(
            row.getString("user_id"),
            row.getString("key"),
            row.getString("request_hash"),
            row.getObject("status", Integer.class),
            row.getString("body"),
            Columns.instant(row, "created_at"));

    private final Sql sql;

    JdbiIdempotencyRecords(Sql sql) {
        this.sql = sql;
    }

    /**
     * One statement claims a free or stale key; two requests racing for the same key queue on its row, and the
     * second sees the first's claim. The record is read back only when the claim failed; if it vanished in
     * between (its request released it), the claim is simply tried again.
     */
    @Override
    public Optional<IdempotencyRecord> claim(String userId, String key, String requestHash, Instant at, Instant staleBefore) {
        for (int attempt = 1; attempt <= MAXIMUM_CLAIM_ATTEMPTS; attempt++) {
            boolean claimed = sql.call(handle -> handle.createQuery("""
                            insert into idempotency_records (user_id, key, request_hash, status, body, created_at)
                            values (:userId, :key, :requestHash, null, null, :at)
                            on conflict (user_id, key) do update
                                set request_hash = excluded.request_hash, status = null, body = null,
                                    created_at = excluded.created_at
                                where idempotency_records.created_at < :staleBefore
                            returning user_id""")
                    .bind("userId", userId)
                    .bind("key", key)
                    .bind("requestHash", requestHash)
                    .bind("at", Columns.timestamp(at))
                    .bind("staleBefore", Columns.timestamp(staleBefore))
                    .mapTo(String.class)
                    .findOne()
                    .isPresent());
            if (claimed) {
                return Optional.empty();
            }
            Optional<IdempotencyRecord> existing = find(userId, key);
            if (existing.isPresent()) {
                return existing;
            }
        }
        throw new ConcurrentUpdate("Idempotency-Key " + key + " kept changing hands", null);
    }

    @Override
    public void complete(String userId, String key, int status, String body) {
        int updated = sql.call(handle -> handle.createUpdate("""
                        update idempotency_records set status = :status, body = :body
                        where user_id = :userId and key = :key""")
                .bind("userId", userId)
                .bind("key", key)
                .bind("status", status)
                .bind("body", body)
                .execute());
        Sql.requireOneRow(updated, "idempotency record", userId + "/" + key);
    }

    /** Only a claim still in progress is freed; a finished response stays for replay. */
    @Override
    public void release(String userId, String key) {
        sql.call(handle -> handle.createUpdate(
                        "delete from idempotency_records where user_id = :userId and key = :key and status is null")
                .bind("userId", userId)
                .bind("key", key)
                .execute());
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

    private Optional<IdempotencyRecord> find(String userId, String key) {
        return sql.call(handle -> handle.createQuery("select * from idempotency_records where user_id = :userId and key = :key")
                .bind("userId", userId)
                .bind("key", key)
                .map(RECORD)
                .findOne());
    }
}
