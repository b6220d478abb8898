package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.LoginAttempts;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Login attempts in {@code login_attempts}. Counting takes a transaction-scoped advisory lock on the email, then
 * one on the address (always in that order), so two attempts for one key are counted one after the other and a
 * limit is never overshot; the locks, the two look-ups and nothing else go in one round trip.
 */
final class JdbiLoginAttempts implements LoginAttempts {
    private final Sql sql;

    JdbiLoginAttempts(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Duration> count(String email, String address, Instant now, Limits limits) {
        Instant since = now.minus(limits.window());
        Instant[] limiting = new Instant[2];
        sql.pipeline(List.of(
                new Sql.Statement("select pg_advisory_xact_lock(?)").number(LockKeys.oneKey("login-email", email)),
                new Sql.Statement("select pg_advisory_xact_lock(?)").number(LockKeys.oneKey("login-address", address)),
                limitingAttempt("email", email, since, limits.perEmail()),
                limitingAttempt("address", address, since, limits.perAddress())),
                (statement, rows) -> {
                    if (statement >= 2 && rows.next()) {
                        limiting[statement - 2] = Columns.instant(rows, "attempted_at");
                    }
                });
        Optional<Duration> wait = Arrays.stream(limiting).filter(Objects::nonNull)
                .map(attempt -> Duration.between(now, attempt.plus(limits.window())))
                .max(Comparator.naturalOrder());
        if (wait.isEmpty()) {
            sql.write("insert into login_attempts (email, address, attempted_at) values (?, ?, ?)")
                    .text(email).text(address).time(now);
        }
        return wait;
    }

    /**
     * The {@code limit}-th most recent attempt of the key within the window, if there are that many: while it stays
     * in the window the key is at its limit, so it ageing out is when the next attempt is allowed.
     */
    private static Sql.Statement limitingAttempt(String column, String key, Instant since, int limit) {
        return new Sql.Statement("select attempted_at from login_attempts where " + column + " = ? and attempted_at > ?"
                + " order by attempted_at desc offset ? limit 1").text(key).time(since).integer(limit - 1);
    }

    @Override
    public void clear(String email) {
        sql.write("delete from login_attempts where email = ?").text(email);
    }

    @Override
    public int purgeBefore(Instant before) {
        return sql.call(handle -> handle.createUpdate("delete from login_attempts where attempted_at < :before")
                .bind("before", Columns.timestamp(before))
                .execute());
    }
}
