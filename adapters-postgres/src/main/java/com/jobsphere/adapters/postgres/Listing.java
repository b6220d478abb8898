package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * A paged listing: how many rows of {@code from} match {@code where}, and one page of them in {@code orderBy}.
 * The SQL is assembled from fixed fragments only, never from input, so that each combination of filters gets
 * a plan that uses its index; {@code bindings} binds the parameters the chosen fragments name.
 */
record Listing(String select, String from, String where, String orderBy, UnaryOperator<Query> bindings) {
    <T> Page<T> page(Sql sql, RowMapper<T> rows, PageRequest page) {
        long total = sql.call(handle -> bindings.apply(handle.createQuery("select count(*) from " + from + where))
                .mapTo(Long.class)
                .one());
        List<T> items = sql.call(handle -> bindings.apply(handle.createQuery("select " + select + " from " + from + where
                        + " order by " + orderBy + " limit :limit offset :offset"))
                .bind("limit", page.limit())
                .bind("offset", page.offset())
                .map(rows)
                .list());
        return new Page<>(items, page, total);
    }

    /** A listing filtered, when {@code value} is not null, on one column that holds a state. */
    static Listing byState(String table, String column, Enum<?> value, String orderBy) {
        String where = value == null ? "" : " where " + column + " = :" + column;
        return new Listing("*", table, where, orderBy,
                query -> value == null ? query : query.bind(column, Columns.wire(value)));
    }
}
