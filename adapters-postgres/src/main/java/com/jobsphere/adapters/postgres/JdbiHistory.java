package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.History;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.application.port.Party;
import com.jobsphere.application.port.TransactionView;
import com.jobsphere.domain.wallet.TransactionEntry;
import com.jobsphere.domain.wallet.TransactionStatus;
import com.jobsphere.domain.wallet.TransactionType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

final class JdbiHistory implements History {
    private static final RowMapper<TransactionEntry> ENTRY = (row, context) -> new TransactionEntry(
            row.getString("id"),
            Columns.state(row, "type", TransactionType.class),
            Columns.money(row, "amount_cents"),
            row.getString("from_user_id"),
            row.getString("to_user_id"),
            row.getString("offer_id"),
            row.getString("job_id"),
            Columns.state(row, "status", TransactionStatus.class),
            row.getString("description"),
            row.getString("transfer_id"),
            Columns.instant(row, "created_at"),
            Columns.instant(row, "completed_at"));

    private static final RowMapper<TransactionView> VIEW = (row, context) -> new TransactionView(
            ENTRY.map(row, context), party(row, "from"), party(row, "to"));

    private static final String VIEW_COLUMNS = """
            item.*, sender.name as from_name, sender.email as from_email,
            receiver.name as to_name, receiver.email as to_email""";
    private static final String VIEW_TABLES = """
            transaction_history item
            left join users sender on sender.id = item.from_user_id
            left join users receiver on receiver.id = item.to_user_id""";

    private final Sql sql;

    JdbiHistory(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void add(TransactionEntry entry) {
        sql.call(handle -> handle.createUpdate("""
                        insert into transaction_history (id, type, amount_cents, from_user_id, to_user_id, offer_id, job_id,
                                                         status, description, transfer_id, created_at, completed_at)
                        values (:id, :type, :amountCents, :fromUserId, :toUserId, :offerId, :jobId,
                                :status, :description, :transferId, :createdAt, :completedAt)""")
                .bind("id", entry.id())
                .bind("type", Columns.wire(entry.type()))
                .bind("amountCents", entry.amount().cents())
                .bind("fromUserId", entry.fromUserId())
                .bind("toUserId", entry.toUserId())
                .bind("offerId", entry.offerId())
                .bind("jobId", entry.jobId())
                .bind("status", Columns.wire(entry.status()))
                .bind("description", entry.description())
                .bind("transferId", entry.transferId())
                .bind("createdAt", Columns.timestamp(entry.createdAt()))
                .bind("completedAt", Columns.timestamp(entry.completedAt()))
                .execute());
    }

    @Override
    public Optional<TransactionEntry> byId(String id) {
        return sql.byId("transaction_history", id, ENTRY);
    }

    @Override
    public void save(TransactionEntry entry) {
        int updated = sql.call(handle -> handle.createUpdate("""
                        update transaction_history
                        set status = :status, transfer_id = :transferId, completed_at = :completedAt
                        where id = :id""")
                .bind("id", entry.id())
                .bind("status", Columns.wire(entry.status()))
                .bind("transferId", entry.transferId())
                .bind("completedAt", Columns.timestamp(entry.completedAt()))
                .execute());
        Sql.requireOneRow(updated, "history item", entry.id());
    }

    /** The planner combines the (from_user_id, created_at) and (to_user_id, created_at) indexes for the two sides. */
    @Override
    public Page<TransactionView> forUser(String userId, TransactionType type, PageRequest page) {
        String where = " where (item.from_user_id = :userId or item.to_user_id = :userId)"
                + (type == null ? "" : " and item.type = :type");
        return new Listing(VIEW_COLUMNS, VIEW_TABLES, where, "item.created_at desc, item.id collate \"C\" desc", query -> {
            query.bind("userId", userId);
            return type == null ? query : query.bind("type", Columns.wire(type));
        }).page(sql, VIEW, page);
    }

    /** The party on one side; null when the item names nobody there (a deposit has no sender). */
    private static Party party(ResultSet row, String side) throws SQLException {
        String id = row.getString(side + "_user_id");
        return id == null ? null : new Party(id, row.getString(side + "_name"), row.getString(side + "_email"));
    }
}
