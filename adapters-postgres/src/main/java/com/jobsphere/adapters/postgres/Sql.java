package com.jobsphere.adapters.postgres;

import com.jobsphere.domain.common.TypedId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * One transaction's handle, and how its statements reach PostgreSQL in as few round trips as they can.
 *
 * <ul>
 * <li><b>Writes are queued</b> ({@link #write}) and sent together, as one multi-statement request, when the
 * transaction next reads, flushes or commits: a unit of work's writes cost one round trip, not one each. Each
 * queued write states what it expects (one row changed, say), checked when the answers come back, in order.</li>
 * <li><b>Reads</b> ({@link #call}) first send the queued writes, so a transaction always reads what it wrote.
 * {@link #pipeline} sends several reads in one round trip; PostgreSQL runs them one after another, each seeing
 * what was committed when it began, so a read sent after a lock sees what the lock's last holder left.</li>
 * <li><b>The lock order is asserted</b> ({@link #acquire}): a transaction takes an idempotency key, then a
 * job, then payment rows (wallets, deposits, withdrawals), then ledger balance rows, never back up that order
 * (CONTRACT.md §12). Taking a lock out of order is a programmer error and fails at once, instead of waiting for
 * the deadlock it could cause.</li>
 * </ul>
 * Failures are translated into what the ports promise, so the stores never deal with a vendor exception.
 */
final class Sql {
    /** The levels of the one lock order, lowest first. */
    enum LockLevel { IDEMPOTENCY_KEY, JOB, PAYMENT, LEDGER }

    private final Handle handle;
    private final List<Write> queued = new ArrayList<>();
    private LockLevel highestHeld;
    private RuntimeException refused;
    private final boolean readOnly;

    Sql(Handle handle) {
        this(handle, false);
    }

    private Sql(Handle handle, boolean readOnly) {
        this.handle = Objects.requireNonNull(handle, "handle");
        this.readOnly = readOnly;
    }

    /** A handle outside any transaction, for reads only: a write would commit on its own, so it is refused. */
    static Sql readOnly(Handle handle) {
        return new Sql(handle, true);
    }

    /** Records that this transaction takes a lock of {@code level}; refuses one below a level already held. */
    void acquire(LockLevel level) {
        if (highestHeld != null && level.compareTo(highestHeld) < 0) {
            throw new IllegalStateException("Lock order violated: a " + level + " lock taken after a " + highestHeld
                    + " lock; the order is " + List.of(LockLevel.values()));
        }
        highestHeld = level;
    }

    // Reads.

    <T> T call(Function<Handle, T> statement) {
        flush();
        try {
            return statement.apply(handle);
        } catch (JdbiException e) {
            throw SqlFailures.translate(e);
        }
    }

    /** Like {@link #call(Function)}, but a violation of the named unique constraint becomes {@code refusal}. */
    <T> T call(Function<Handle, T> statement, String uniqueConstraint, Supplier<RuntimeException> refusal) {
        flush();
        try {
            return statement.apply(handle);
        } catch (JdbiException e) {
            if (SqlFailures.violatedUniqueConstraint(e).filter(uniqueConstraint::equals).isPresent()) {
                throw refusal.get();
            }
            throw SqlFailures.translate(e);
        }
    }

    /** Plain JDBC on the transaction's connection, after the queued writes. */
    <T> T jdbc(JdbcWork<T> work) {
        flush();
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

    /**
     * Sends {@code statements} in one round trip and hands each one's rows to {@code results}, in order. Each
     * statement is run after the one before it has finished, with a snapshot of its own.
     */
    void pipeline(List<Statement> statements, ResultsReader results) {
        jdbc(connection -> {
            try (PreparedStatement prepared = connection.prepareStatement(joined(statements))) {
                bindAll(prepared, statements);
                prepared.execute();
                for (int index = 0; index < statements.size(); index++) {
                    if (index > 0) {
                        prepared.getMoreResults();
                    }
                    try (ResultSet rows = prepared.getResultSet()) {
                        results.read(index, rows);
                    }
                }
            }
            return null;
        });
    }

    /** Reads the rows of one statement of a {@link #pipeline}. */
    @FunctionalInterface
    interface ResultsReader {
        void read(int statement, ResultSet rows) throws SQLException;
    }

    /** The row of {@code table} with this primary key, read without a lock. {@code table} is a constant, never input. */
    <T> Optional<T> byId(String table, String id, RowMapper<T> mapper) {
        return call(h -> h.createQuery("select * from " + table + " where id = :id").bind("id", id).map(mapper).findOne());
    }

    /** The row of {@code table} with this primary key, locked until the transaction ends. */
    <T> Optional<T> lockById(String table, String id, RowMapper<T> mapper, LockLevel level) {
        acquire(level);
        return call(h -> h.createQuery("select * from " + table + " where id = :id for update").bind("id", id).map(mapper)
                .findOne());
    }

    // Writes.

    /** Queues a write; it is sent with the others at the next read, flush or commit. */
    Write write(String statement) {
        if (readOnly) {
            throw new IllegalStateException("A read outside a transaction cannot write");
        }
        Write write = new Write(new Statement(statement));
        queued.add(write);
        return write;
    }

    /**
     * Sends the queued writes in one round trip and checks each one's expectation, in order. A refusal an
     * expectation raises (an overdraft) is thrown after every answer has been read; the transaction is still
     * usable for the read that words the refusal.
     */
    void flush() {
        if (queued.isEmpty()) {
            return;
        }
        List<Write> writes = List.copyOf(queued);
        queued.clear();
        List<Statement> statements = writes.stream().map(Write::statement).toList();
        int[] counts = new int[writes.size()];
        try {
            Connection connection = handle.getConnection();
            try (PreparedStatement prepared = connection.prepareStatement(joined(statements))) {
                bindAll(prepared, statements);
                prepared.execute();
                for (int index = 0; index < writes.size(); index++) {
                    if (index > 0) {
                        prepared.getMoreResults();
                    }
                    counts[index] = prepared.getUpdateCount();
                }
            }
        } catch (SQLException e) {
            throw writes.stream().map(write -> write.refusalFor(e)).flatMap(Optional::stream).findFirst()
                    .orElseGet(() -> SqlFailures.translate(e));
        }
        try {
            for (int index = 0; index < writes.size(); index++) {
                writes.get(index).check(counts[index]);
            }
        } catch (RuntimeException refusal) {
            refused = refusal;
            throw refusal;
        }
    }

    /**
     * Refuses to let a transaction commit after one of its writes was refused. The writes queued with the refused
     * one went through (a guarded update that matches no row is not an error to PostgreSQL), so committing would
     * keep half a change; the caller must roll back.
     */
    void requireNothingRefused() {
        if (refused != null) {
            throw new IllegalStateException("A transaction whose write was refused cannot commit; roll it back",
                    refused);
        }
    }

    private static String joined(List<Statement> statements) {
        StringBuilder sql = new StringBuilder();
        for (Statement statement : statements) {
            sql.append(sql.length() == 0 ? "" : ";\n").append(statement.sql);
        }
        return sql.toString();
    }

    private static void bindAll(PreparedStatement prepared, List<Statement> statements) throws SQLException {
        int position = 1;
        for (Statement statement : statements) {
            for (Parameter parameter : statement.parameters) {
                parameter.bind(prepared, position++);
            }
        }
    }

    /** Refuses a save that matched no row: the caller saved something it never added. */
    static void requireOneRow(int updated, String what, Object id) {
        if (updated != 1) {
            throw new IllegalStateException("Expected to update one " + what + " " + id + ", updated " + updated);
        }
    }

    /** A statement with positional ({@code ?}) parameters, bound in the order they are added. */
    static final class Statement {
        private final String sql;
        private final List<Parameter> parameters = new ArrayList<>();

        Statement(String sql) {
            this.sql = Objects.requireNonNull(sql, "sql");
        }

        Statement text(String value) {
            parameters.add((prepared, position) -> {
                if (value == null) {
                    prepared.setNull(position, Types.VARCHAR);
                } else {
                    prepared.setString(position, value);
                }
            });
            return this;
        }

        Statement id(TypedId typedId) {
            return text(typedId == null ? null : typedId.value());
        }

        Statement number(long value) {
            parameters.add((prepared, position) -> prepared.setLong(position, value));
            return this;
        }

        Statement integer(int value) {
            parameters.add((prepared, position) -> prepared.setInt(position, value));
            return this;
        }

        Statement bool(boolean value) {
            parameters.add((prepared, position) -> prepared.setBoolean(position, value));
            return this;
        }

        /** A {@code text[]} parameter, for SQL that builds its value from arrays ({@code jsonb_object}). */
        Statement texts(List<String> values) {
            Object[] elements = values.toArray();
            parameters.add((prepared, position) -> prepared.setArray(position,
                    prepared.getConnection().createArrayOf("text", elements)));
            return this;
        }

        Statement time(Instant value) {
            parameters.add((prepared, position) -> {
                if (value == null) {
                    prepared.setNull(position, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    prepared.setObject(position, Columns.timestamp(value));
                }
            });
            return this;
        }
    }

    @FunctionalInterface
    private interface Parameter {
        void bind(PreparedStatement prepared, int position) throws SQLException;
    }

    /** A queued write and what it expects of its answer. */
    final class Write {
        private final Statement statement;
        private Expectation expectation = count -> { };
        private String uniqueConstraint;
        private Supplier<RuntimeException> uniqueRefusal;
        private String checkConstraint;
        private Supplier<RuntimeException> checkRefusal;

        private Write(Statement statement) {
            this.statement = statement;
        }

        Statement statement() {
            return statement;
        }

        Write text(String value) {
            statement.text(value);
            return this;
        }

        Write id(TypedId typedId) {
            statement.id(typedId);
            return this;
        }

        Write number(long value) {
            statement.number(value);
            return this;
        }

        Write integer(int value) {
            statement.integer(value);
            return this;
        }

        Write bool(boolean value) {
            statement.bool(value);
            return this;
        }

        Write time(Instant value) {
            statement.time(value);
            return this;
        }

        Write texts(List<String> values) {
            statement.texts(values);
            return this;
        }

        /** The write must change exactly one row: anything else is a bug in the caller. */
        Write expectOneRow(String what, Object id) {
            expectation = count -> requireOneRow(count, what, id);
            return this;
        }

        /** What to do with the number of rows the write changed, once every queued write has answered. */
        Write expect(Expectation check) {
            expectation = Objects.requireNonNull(check, "check");
            return this;
        }

        /** A violation of this unique constraint is this expected refusal rather than a fault. */
        Write onUnique(String constraint, Supplier<RuntimeException> refusal) {
            uniqueConstraint = constraint;
            uniqueRefusal = refusal;
            return this;
        }

        /** A violation of this check constraint is this expected refusal rather than a fault. */
        Write onCheck(String constraint, Supplier<RuntimeException> refusal) {
            checkConstraint = constraint;
            checkRefusal = refusal;
            return this;
        }

        private void check(int count) {
            expectation.check(count);
        }

        private Optional<RuntimeException> refusalFor(SQLException failure) {
            Optional<String> violated = SqlFailures.violatedConstraint(failure);
            if (violated.isEmpty()) {
                return Optional.empty();
            }
            if (violated.get().equals(uniqueConstraint) && SqlFailures.UNIQUE_VIOLATION.equals(failure.getSQLState())) {
                return Optional.of(uniqueRefusal.get());
            }
            if (violated.get().equals(checkConstraint) && SqlFailures.CHECK_VIOLATION.equals(failure.getSQLState())) {
                return Optional.of(checkRefusal.get());
            }
            return Optional.empty();
        }
    }

    /** A check of a queued write's row count. */
    @FunctionalInterface
    interface Expectation {
        void check(int rowsChanged);
    }
}
