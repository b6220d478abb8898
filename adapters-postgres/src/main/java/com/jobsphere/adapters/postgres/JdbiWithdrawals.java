package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.application.port.WithdrawalView;
import com.jobsphere.application.port.Withdrawals;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.common.WithdrawalId;
import com.jobsphere.domain.wallet.Withdrawal;
import com.jobsphere.domain.wallet.WithdrawalStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

final class JdbiWithdrawals implements Withdrawals {
    private static final RowMapper<Withdrawal> WITHDRAWAL = (row, context) -> new Withdrawal(
            new WithdrawalId(row.getString("id")),
            new UserId(row.getString("user_id")),
            Columns.money(row, "amount_cents"),
            Columns.state(row, "status", WithdrawalStatus.class),
            row.getString("stripe_transfer_id"),
            row.getString("failure_reason"),
            Columns.instant(row, "requested_at"),
            Columns.instant(row, "processed_at"),
            Columns.instant(row, "processing_since"));

    private final Sql sql;

    JdbiWithdrawals(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void add(Withdrawal withdrawal) {
        sql.call(handle -> handle.createUpdate("""
                        insert into withdrawals (id, user_id, amount_cents, status, stripe_transfer_id, failure_reason,
                                                 requested_at, processed_at, processing_since)
                        values (:id, :userId, :amountCents, :status, :stripeTransferId, :failureReason,
                                :requestedAt, :processedAt, :processingSince)""")
                .bind("id", withdrawal.id().toString())
                .bind("userId", withdrawal.userId().toString())
                .bind("amountCents", withdrawal.amount().cents())
                .bind("status", Columns.wire(withdrawal.status()))
                .bind("stripeTransferId", withdrawal.stripeTransferId())
                .bind("failureReason", withdrawal.failureReason())
                .bind("requestedAt", Columns.timestamp(withdrawal.requestedAt()))
                .bind("processedAt", Columns.timestamp(withdrawal.processedAt()))
                .bind("processingSince", Columns.timestamp(withdrawal.processingSince()))
                .execute());
    }

    @Override
    public Optional<Withdrawal> byId(WithdrawalId id) {
        return sql.byId("withdrawals", id.value(), WITHDRAWAL);
    }

    @Override
    public Optional<Withdrawal> lock(WithdrawalId id) {
        return sql.lockById("withdrawals", id.value(), WITHDRAWAL, Sql.LockLevel.PAYMENT);
    }

    @Override
    public void save(Withdrawal withdrawal) {
        int updated = sql.call(handle -> handle.createUpdate("""
                        update withdrawals
                        set status = :status, stripe_transfer_id = :stripeTransferId, failure_reason = :failureReason,
                            processed_at = :processedAt, processing_since = :processingSince
                        where id = :id""")
                .bind("id", withdrawal.id().toString())
                .bind("status", Columns.wire(withdrawal.status()))
                .bind("stripeTransferId", withdrawal.stripeTransferId())
                .bind("failureReason", withdrawal.failureReason())
                .bind("processedAt", Columns.timestamp(withdrawal.processedAt()))
                .bind("processingSince", Columns.timestamp(withdrawal.processingSince()))
                .execute());
        Sql.requireOneRow(updated, "withdrawal", withdrawal.id());
    }

    /** A page of withdrawals with their contractors, in one statement. */
    @Override
    public Page<WithdrawalView> list(WithdrawalStatus status, PageRequest page) {
        String where = status == null ? "" : " where withdrawal.status = :status";
        return new Listing("withdrawal.*, contractor.id as contractor_party_id, contractor.name as contractor_party_name,"
                + " contractor.email as contractor_party_email",
                "withdrawals withdrawal join users contractor on contractor.id = withdrawal.user_id", where,
                "withdrawal.requested_at desc, withdrawal.id collate \"C\" desc",
                query -> status == null ? query : query.bind("status", Columns.wire(status)))
                .page(sql, (row, context) -> new WithdrawalView(WITHDRAWAL.map(row, context),
                        Rows.party(row, "contractor_party_")), page);
    }

    /** Served by the partial index on processing_since, which holds only the few withdrawals in between. */
    @Override
    public List<WithdrawalId> processingSince(Instant before, int limit) {
        return sql.call(handle -> handle.createQuery("""
                        select id from withdrawals
                        where status = 'processing' and processing_since < :before
                        order by processing_since, id collate "C"
                        limit :limit""")
                .bind("before", Columns.timestamp(before))
                .bind("limit", limit)
                .map((row, context) -> new WithdrawalId(row.getString("id")))
                .list());
    }
}
