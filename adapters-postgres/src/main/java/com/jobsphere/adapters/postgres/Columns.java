package com.jobsphere.adapters.postgres;

import com.jobsphere.domain.common.WireNames;
import com.jobsphere.domain.money.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.function.Function;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Reading and writing the column types the schema uses: timestamptz, cents, and states as wire names. */
final class Columns {
    private Columns() {
    }

    /**
     * An instant as a timestamptz parameter. PostgreSQL keeps microseconds, so the value is truncated to them
     * here rather than rounded by the server: what is read back is then exactly what was written.
     */
    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    /**
     * An instant as text PostgreSQL reads as a timestamptz (ISO-8601 in UTC), truncated to microseconds as
     * {@link #timestamp} does: for arrays of times, which JDBC cannot bind as OffsetDateTime.
     */
    static String timestampText(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).toString();
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** A typed id column, or null where the column is null. */
    static <T> T id(ResultSet row, String column, Function<String, T> type) throws SQLException {
        String value = row.getString(column);
        return value == null ? null : type.apply(value);
    }

    static Money money(ResultSet row, String column) throws SQLException {
        return Money.ofCents(row.getLong(column));
    }

    static String wire(Enum<?> state) {
        return state == null ? null : WireNames.of(state);
    }

    /** A state column; a value outside the enum is impossible past the CHECK constraint, so it is a bug. */
    static <E extends Enum<E>> E state(ResultSet row, String column, Class<E> type) throws SQLException {
        String value = row.getString(column);
        return WireNames.parse(type, value).orElseThrow(() ->
                new IllegalStateException("Column " + column + " holds " + value + ", not a " + type.getSimpleName()));
    }
}
