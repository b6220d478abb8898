package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.application.port.UserAccount;
import com.jobsphere.application.port.Users;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.common.ValidationFailed;
import com.jobsphere.domain.user.Email;
import com.jobsphere.domain.user.Role;
import com.jobsphere.domain.user.User;
import com.jobsphere.domain.wallet.Wallet;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

final class JdbiUsers implements Users {
    static final String EMAIL_TAKEN = "Email is already registered";

    private static final RowMapper<User> USER = (row, context) -> new User(
            new UserId(row.getString("id")),
            new Email(row.getString("email")),
            row.getString("name"),
            Columns.state(row, "role", Role.class),
            row.getString("password_hash"),
            Columns.instant(row, "created_at"));

    private final Sql sql;

    JdbiUsers(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void add(User user) {
        // ON CONFLICT keeps the transaction usable after a refusal, where a unique violation would abort it.
        int inserted = sql.call(handle -> handle.createUpdate("""
                        insert into users (id, email, name, role, password_hash, created_at)
                        values (:id, :email, :name, :role, :passwordHash, :createdAt)
                        on conflict (email) do nothing""")
                .bind("id", user.id().toString())
                .bind("email", user.email().value())
                .bind("name", user.name())
                .bind("role", Columns.wire(user.role()))
                .bind("passwordHash", user.passwordHash())
                .bind("createdAt", Columns.timestamp(user.createdAt()))
                .execute());
        if (inserted == 0) {
            throw new ValidationFailed("email", EMAIL_TAKEN);
        }
    }

    @Override
    public void changePasswordHash(UserId id, String passwordHash) {
        sql.write("update users set password_hash = ? where id = ?").text(passwordHash).id(id)
                .expectOneRow("user", id);
    }

    @Override
    public Optional<User> byId(UserId id) {
        return sql.byId("users", id.value(), USER);
    }

    /**
     * Plain JDBC rather than a JDBI query and row mapper: this runs before every authenticated request, and JDBI's
     * per-statement machinery cost more CPU than the query itself (bench/run's JFR profile).
     */
    @Override
    public boolean exists(UserId id) {
        return sql.jdbc(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("select 1 from users where id = ?")) {
                statement.setString(1, id.value());
                try (ResultSet row = statement.executeQuery()) {
                    return row.next();
                }
            }
        });
    }

    @Override
    public Optional<User> byEmail(Email email) {
        return sql.call(handle -> handle.createQuery("select * from users where email = :email")
                .bind("email", email.value())
                .map(USER)
                .findOne());
    }

    @Override
    public Optional<User> firstWithRole(Role role) {
        return sql.call(handle -> handle.createQuery("""
                        select * from users where role = :role
                        order by created_at, id collate "C"
                        limit 1""")
                .bind("role", Columns.wire(role))
                .map(USER)
                .findFirst());
    }

    /**
     * A page of users with their wallets and balances, in one statement (and one to count them). The search text is
     * bound, never spliced: {@code like}'s wildcards and its escape character in it are escaped, so they match
     * themselves. A contains-search cannot use a b-tree index, so it reads the users table; the console pages it.
     */
    @Override
    public Page<UserAccount> list(String emailContains, PageRequest page) {
        String where = emailContains == null ? "" : " where person.email like :pattern escape '\\'";
        return new Listing("person.*, wallet.id as wallet_id, wallet.frozen, wallet.frozen_reason,"
                + " wallet.created_at as wallet_created_at, wallet.updated_at as wallet_updated_at, balance.balance_cents",
                "users person join wallets wallet on wallet.user_id = person.id"
                        + " join wallet_balances balance on balance.account_key = 'wallet:' || person.id", where,
                "person.created_at desc, person.id collate \"C\" desc",
                query -> emailContains == null ? query : query.bind("pattern", "%" + likeEscaped(emailContains) + "%"))
                .page(sql, (row, context) -> new UserAccount(USER.map(row, context),
                        new Wallet(row.getString("wallet_id"), new UserId(row.getString("id")), row.getBoolean("frozen"),
                                row.getString("frozen_reason"), Columns.instant(row, "wallet_created_at"),
                                Columns.instant(row, "wallet_updated_at")),
                        Columns.money(row, "balance_cents")), page);
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
