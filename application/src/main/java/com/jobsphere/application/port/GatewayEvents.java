package com.jobsphere.application.port;

import java.time.Instant;

/** Payment-provider events already processed, keyed by the provider's event id. */
public interface GatewayEvents {
    /**
     * Records the event as processed in the current transaction. Returns {@code false}, changing
     * nothing, if it was recorded before; the store's unique key makes this hold across instances.
     */
    boolean recordIfNew(String eventId, String type, Instant receivedAt);
}
