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
 * A wallet's postings are found through {@code postings_wallet_history} (account, time), the platform's movements
 * through {@code transfers_escrow_movements} (time), and pending deposits through {@code deposits_user_created_at}:
 * a page costs a range scan of one user's rows, never a scan of the ledger. The count and the page go to the
 * server in one round trip.
 */
final class JdbiHistory implements History {
    private static final String ITEM_TYPE = """
            case transfer.type when 'deposit_credited' then 'deposit' when 'withdrawal_reserved' then 'withdrawal'
                 when 'offer_accepted' then 'wallet_transfer' when 'offer_refunded' then 'refund'
                 else 'contractor_payout' end""";
    private static final String WALLET_ITEMS = """
            select case when transfer.type in ('deposit_credited', 'withdrawal_reserved') then transfer.subject_id
                        else transfer.id end as id,
                   %s as type,
                   abs(posting.amount_cents) as amount_cents,
                   case transfer.type when 'deposit_credited' then null when 'withdrawal_reserved' then ?
                        when 'offer_accepted' then ? else ? end as from_user_id,
                   case transfer.type when 'deposit_credited' then ? when 'withdrawal_reserved' then null
                        when 'offer_accepted' then ? else ? end as to_user_id,
                   case when transfer.subject_type = 'offer' then transfer.subject_id end as offer_id,
                   transfer.job_id,
                   case when transfer.type <> 'withdrawal_reserved' then 'completed'
                        when withdrawal.status in ('pending', 'processing') then 'pending'
                        when withdrawal.status = 'rejected' then 'cancelled'
                        else withdrawal.status end as status,
                   coalesce(deposit.created_at, withdrawal.requested_at, transfer.created_at) as created_at,
                   case transfer.type when 'deposit_credited' then deposit.completed_at
                        when 'withdrawal_reserved' then withdrawal.processed_at
                        else transfer.created_at end as completed_at
            from postings posting
            join transfers transfer on transfer.id = posting.transfer_id
            left join deposits deposit on transfer.type = 'deposit_credited' and deposit.id = transfer.subject_id
            left join withdrawals withdrawal on transfer.type = 'withdrawal_reserved' and withdrawal.id = transfer.subject_id
            where posting.account_key = ? and posting.account_key like 'wallet:%%'
              and transfer.type in ('deposit_credited', 'withdrawal_reserved', 'offer_accepted', 'offer_refunded',
                                    'completion_approved')""".formatted(ITEM_TYPE);
    private static final String UNSETTLED_DEPOSITS = """
            select deposit.id, 'deposit', deposit.amount_cents, null, ?, null, null, deposit.status,
                   deposit.created_at, deposit.completed_at
            from deposits deposit
            where deposit.user_id = ? and deposit.status <> 'completed'""";
    private static final String PLATFORM_ITEMS = """
            select transfer.id, %s, abs(posting.amount_cents),
                   case transfer.type when 'offer_accepted' then substring(posting.account_key from 8) else ? end,
                   case transfer.type when 'offer_accepted' then ? else substring(posting.account_key from 8) end,
                   transfer.subject_id, transfer.job_id, 'completed', transfer.created_at, transfer.created_at
            from transfers transfer
            join postings posting on posting.transfer_id = transfer.id and posting.account_key like 'wallet:%%'
            where transfer.type in ('offer_accepted', 'offer_refunded', 'completion_approved')""".formatted(ITEM_TYPE);

    private final Sql sql;

    JdbiHistory(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Page<TransactionView> forUser(UserId userId, UserId platformUserId, TransactionType type, PageRequest page) {
        String user = userId.value();
        String platform = platformUserId.value();
        StringBuilder items = new StringBuilder("with items as (").append(WALLET_ITEMS)
                .append("\nunion all\n").append(UNSETTLED_DEPOSITS);
        boolean isPlatform = userId.equals(platformUserId);
        if (isPlatform) {
            items.append("\nunion all\n").append(PLATFORM_ITEMS);
        }
        items.append(")\n");
        String filter = type == null ? "" : " where item.type = ?";
        String count = items + "select count(*) from items item" + filter;
        String list = items + """
                select item.*, sender.name as from_name, sender.email as from_email,
                       receiver.name as to_name, receiver.email as to_email
                from items item
                left join users sender on sender.id = item.from_user_id
                left join users receiver on receiver.id = item.to_user_id""" + filter
                + " order by item.created_at desc, item.id collate \"C\" desc limit ? offset ?";
        long[] total = new long[1];
        List<TransactionView> views = new ArrayList<>();
        sql.pipeline(List.of(bind(new Sql.Statement(count), user, platform, isPlatform, type),
                bind(new Sql.Statement(list), user, platform, isPlatform, type).integer(page.limit())
                        .number(page.offset())), (statement, rows) -> {
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

    /** The parameters of the items, in the order the statement names them. */
    private static Sql.Statement bind(Sql.Statement statement, String user, String platform, boolean isPlatform,
            TransactionType type) {
        statement.text(user).text(user).text(platform).text(user).text(platform).text(user).text("wallet:" + user);
        statement.text(user).text(user);
        if (isPlatform) {
            statement.text(platform).text(platform);
        }
        return type == null ? statement : statement.text(Columns.wire(type));
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
