package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.Users;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.common.ValidationFailed;
import com.jobsphere.domain.user.Email;
import com.jobsphere.domain.user.Role;
import com.jobsphere.domain.user.User;
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
}
