package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.GatewayEvents;
import java.time.Instant;

final class JdbiGatewayEvents implements GatewayEvents {
    private final Sql sql;

    JdbiGatewayEvents(Sql sql) {
        this.sql = sql;
    }

    /**
     * If another transaction inserted the same id and has not committed yet, this waits for it: false if it
     * commits, true if it rolls back. So the event is applied exactly once however deliveries interleave.
     */
    @Override
    public boolean recordIfNew(String eventId, String type, Instant receivedAt) {
        int inserted = sql.call(handle -> handle.createUpdate("""
                        insert into gateway_events (event_id, type, received_at) values (:eventId, :type, :receivedAt)
                        on conflict (event_id) do nothing""")
                .bind("eventId", eventId)
                .bind("type", type)
                .bind("receivedAt", Columns.timestamp(receivedAt))
                .execute());
        return inserted == 1;
    }
}
