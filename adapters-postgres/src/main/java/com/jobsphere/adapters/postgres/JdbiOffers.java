package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.Offers;
import com.jobsphere.domain.common.OfferId;
import java.time.Instant;
import java.util.List;

final class JdbiOffers implements Offers {
    private final Sql sql;

    JdbiOffers(Sql sql) {
        this.sql = sql;
    }

    /** Served by the partial index on pending offers' expiry. */
    @Override
    public List<OfferId> pendingExpiredBy(Instant now, int limit) {
        return sql.call(handle -> handle.createQuery("""
                        select id from offers where status = 'pending' and expires_at <= :now
                        order by expires_at, id collate "C" limit :limit""")
                .bind("now", Columns.timestamp(now))
                .bind("limit", limit)
                .map((row, context) -> new OfferId(row.getString("id")))
                .list());
    }
}
