package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.History;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.application.port.Party;
import com.jobsphere.application.port.TransactionView;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.wallet.TransactionStatus;
import com.jobsphere.domain.wallet.TransactionType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The history as a view of the ledger (see {@link History}). Its items are, for a user:
 * <ul>
 * <li>the transfers that touch the user's wallet and make an item: a credited deposit (shown as its deposit), a
 * withdrawal's reservation (shown as its withdrawal, with the withdrawal's own state), and the escrow movements
 * of offers (shown as the transfer);</li>
 * <li>the user's deposits that never moved money: pending, failed or cancelled;</li>
 * <li>for the platform's user, every escrow movement, from the other side.</li>
 * </ul>
 * {@link HistoryQuery} writes the two statements so that each source is read from an index in the page's order and
 * only a page's worth of it: a page costs the same whatever the size of the ledger. The count and the page go to
 * the server in one round trip.
 */
final class JdbiHistory implements History {
    private final Sql sql;

    JdbiHistory(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Page<TransactionView> forUser(UserId userId, UserId platformUserId, TransactionType type, PageRequest page) {
        HistoryQuery query = HistoryQuery.of(userId.value(), platformUserId.value(), type, page.limit(), page.offset());
        long[] total = new long[1];
        List<TransactionView> views = new ArrayList<>();
        sql.pipeline(List.of(statement(query.count()), statement(query.page())), (statement, rows) -> {
            while (rows.next()) {
                if (statement == 0) {
                    total[0] = rows.getLong(1);
                } else {
                    views.add(view(rows));
                }
            }
        });
        return new Page<>(views, page, total[0]);
    }

    private static Sql.Statement statement(HistoryQuery.Statement query) {
        Sql.Statement statement = new Sql.Statement(query.sql());
        for (Object parameter : query.parameters()) {
            if (parameter instanceof String text) {
                statement.text(text);
            } else if (parameter instanceof Integer integer) {
                statement.integer(integer);
            } else {
                statement.number((Long) parameter);
            }
        }
        return statement;
    }

    /** The party on one side; null when the item names nobody there (a deposit has no sender). */
    private static Party party(ResultSet row, String side) throws SQLException {
        String id = row.getString(side + "_user_id");
        return id == null ? null : new Party(new UserId(id), row.getString(side + "_name"), row.getString(side + "_email"));
    }

    private static TransactionView view(ResultSet row) throws SQLException {
        return new TransactionView(row.getString("id"),
                Columns.state(row, "type", TransactionType.class),
                Columns.money(row, "amount_cents"),
                party(row, "from"),
                party(row, "to"),
                Columns.id(row, "offer_id", OfferId::new),
                Columns.id(row, "job_id", JobId::new),
                Columns.state(row, "status", TransactionStatus.class),
                Columns.instant(row, "created_at"),
                Columns.instant(row, "completed_at"));
    }
}
