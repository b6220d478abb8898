package com.jobsphere.adapters.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * One transaction's handle. Every statement a store runs goes through {@link #call}, which translates
 * JDBI's failures into what the ports promise, so the stores never deal with a vendor exception.
 */
final class Sql {
    private final Handle handle;

    Sql(Handle handle) {
        this.handle = Objects.requireNonNull(handle, "handle");
    }

    <T> T call(Function<Handle, T> statement) {
        try {
            return statement.apply(handle);
        } catch (JdbiException e) {
            throw SqlFailures.translate(e);
        }
    }

    /**
     * Plain JDBC on the transaction's connection, for what JDBI does not express: several statements sent in one
     * round trip. Failures are translated like those of {@link #call(Function)}.
     */
    <T> T jdbc(JdbcWork<T> work) {
        try {
            return work.run(handle.getConnection());
        } catch (SQLException e) {
            throw SqlFailures.translate(e);
        }
    }

    /** Work on a JDBC connection. */
    @FunctionalInterface
    interface JdbcWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Like {@link #call(Function)}, but a violation of the named unique constraint becomes {@code refusal}. */
    <T> T call(Function<Handle, T> statement, String uniqueConstraint, Supplier<RuntimeException> refusal) {
        try {
            return statement.apply(handle);
        } catch (JdbiException e) {
            if (SqlFailures.violatedUniqueConstraint(e).filter(uniqueConstraint::equals).isPresent()) {
                throw refusal.get();
            }
            throw SqlFailures.translate(e);
        }
    }

    /** The row of {@code table} with this primary key, read without a lock. {@code table} is a constant, never input. */
    <T> Optional<T> byId(String table, String id, RowMapper<T> mapper) {
        return call(h -> h.createQuery("select * from " + table + " where id = :id").bind("id", id).map(mapper).findOne());
    }

    /** The row of {@code table} with this primary key, locked until the transaction ends. */
    <T> Optional<T> lockById(String table, String id, RowMapper<T> mapper) {
        return call(h -> h.createQuery("select * from " + table + " where id = :id for update").bind("id", id).map(mapper)
                .findOne());
    }

    /** Refuses a save that matched no row: the caller saved something it never added. */
    static void requireOneRow(int updated, String what, String id) {
        if (updated != 1) {
            throw new IllegalStateException("Expected to update one " + what + " " + id + ", updated " + updated);
        }
    }
}
