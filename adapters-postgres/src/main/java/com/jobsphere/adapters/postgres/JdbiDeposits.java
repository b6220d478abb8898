package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.ConcurrentUpdate;
import com.jobsphere.application.port.Deposits;
import com.jobsphere.domain.common.DepositId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.wallet.Deposit;
import com.jobsphere.domain.wallet.DepositStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

final class JdbiDeposits implements Deposits {
    private static final RowMapper<Deposit> DEPOSIT = (row, context) -> new Deposit(
            new DepositId(row.getString("id")),
            new UserId(row.getString("user_id")),
            Columns.money(row, "amount_cents"),
            Columns.state(row, "status", DepositStatus.class),
            row.getString("session_id"),
            Columns.instant(row, "created_at"),
            Columns.instant(row, "completed_at"));

    private final Sql sql;

    JdbiDeposits(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void add(Deposit deposit) {
        sql.call(handle -> handle.createUpdate("""
                        insert into deposits (id, user_id, amount_cents, status, session_id, created_at, completed_at)
                        values (:id, :userId, :amountCents, :status, :sessionId, :createdAt, :completedAt)""")
                .bind("id", deposit.id().toString())
                .bind("userId", deposit.userId().toString())
                .bind("amountCents", deposit.amount().cents())
                .bind("status", Columns.wire(deposit.status()))
                .bind("sessionId", deposit.sessionId())
                .bind("createdAt", Columns.timestamp(deposit.createdAt()))
                .bind("completedAt", Columns.timestamp(deposit.completedAt()))
                .execute());
    }

    @Override
    public Optional<Deposit> byId(DepositId id) {
        return sql.byId("deposits", id.value(), DEPOSIT);
    }

    @Override
    public Optional<Deposit> lock(DepositId id) {
        return sql.lockById("deposits", id.value(), DEPOSIT, Sql.LockLevel.PAYMENT);
    }

    @Override
    public Optional<Deposit> bySessionId(String sessionId) {
        return sql.call(handle -> handle.createQuery("select * from deposits where session_id = :sessionId")
                .bind("sessionId", sessionId)
                .map(DEPOSIT)
                .findOne());
    }

    /**
     * The state guard: the UPDATE only matches a deposit that is still pending, and it re-reads a row it had
     * to wait for, so of two transactions settling the same deposit exactly one changes it.
     */
    @Override
    public void save(Deposit deposit) {
        int updated = sql.call(handle -> handle.createUpdate("""
                        update deposits set status = :status, session_id = :sessionId, completed_at = :completedAt
                        where id = :id and status = 'pending'""")
                .bind("id", deposit.id().toString())
                .bind("status", Columns.wire(deposit.status()))
                .bind("sessionId", deposit.sessionId())
                .bind("completedAt", Columns.timestamp(deposit.completedAt()))
                .execute());
        if (updated == 1) {
            return;
        }
        DepositStatus stored = byId(deposit.id())
                .orElseThrow(() -> new IllegalStateException("Expected to update deposit " + deposit.id() + ", found none"))
                .status();
        throw new ConcurrentUpdate("Deposit " + deposit.id() + " is already " + Columns.wire(stored), null);
    }

    /** Served by the partial index on pending deposits' creation time. */
    @Override
    public List<DepositId> pendingStartedBefore(Instant before, int limit) {
        return sql.call(handle -> handle.createQuery("""
                        select id from deposits
                        where status = 'pending' and created_at < :before
                        order by created_at, id collate "C"
                        limit :limit""")
                .bind("before", Columns.timestamp(before))
                .bind("limit", limit)
                .map((row, context) -> new DepositId(row.getString("id")))
                .list());
    }
}
