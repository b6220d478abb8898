package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.ConcurrentUpdate;
import com.jobsphere.application.port.ConnectedAccount;
import com.jobsphere.application.port.ConnectedAccounts;
import com.jobsphere.domain.common.UserId;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

final class JdbiConnectedAccounts implements ConnectedAccounts {
    private static final RowMapper<ConnectedAccount> ACCOUNT = (row, context) -> new ConnectedAccount(
            new UserId(row.getString("user_id")),
            row.getString("account_id"),
            row.getBoolean("details_submitted"),
            row.getBoolean("payouts_enabled"),
            Columns.instant(row, "updated_at"));

    private final Sql sql;

    JdbiConnectedAccounts(Sql sql) {
        this.sql = sql;
    }

    /** A conflict on either key (the user already has an account, or the account is someone's) adds nothing. */
    @Override
    public void add(ConnectedAccount account) {
        int inserted = sql.call(handle -> bind(handle.createUpdate("""
                        insert into connected_accounts (user_id, account_id, details_submitted, payouts_enabled, updated_at)
                        values (:userId, :accountId, :detailsSubmitted, :payoutsEnabled, :updatedAt)
                        on conflict do nothing"""), account)
                .execute());
        if (inserted == 0) {
            throw new ConcurrentUpdate("User " + account.userId() + " already has a connected account", null);
        }
    }

    @Override
    public Optional<ConnectedAccount> byUser(UserId userId) {
        return sql.call(handle -> handle.createQuery("select * from connected_accounts where user_id = :userId")
                .bind("userId", userId.value())
                .map(ACCOUNT)
                .findOne());
    }

    @Override
    public Optional<ConnectedAccount> byAccountId(String accountId) {
        return sql.call(handle -> handle.createQuery("select * from connected_accounts where account_id = :accountId")
                .bind("accountId", accountId)
                .map(ACCOUNT)
                .findOne());
    }

    @Override
    public void save(ConnectedAccount account) {
        int updated = sql.call(handle -> bind(handle.createUpdate("""
                        update connected_accounts
                        set details_submitted = :detailsSubmitted, payouts_enabled = :payoutsEnabled, updated_at = :updatedAt
                        where user_id = :userId and account_id = :accountId"""), account)
                .execute());
        Sql.requireOneRow(updated, "connected account of user", account.userId());
    }

    private static Update bind(Update update, ConnectedAccount account) {
        return update
                .bind("userId", account.userId().toString())
                .bind("accountId", account.accountId())
                .bind("detailsSubmitted", account.detailsSubmitted())
                .bind("payoutsEnabled", account.payoutsEnabled())
                .bind("updatedAt", Columns.timestamp(account.updatedAt()));
    }
}
