package com.jobsphere.application.fakes;

import com.jobsphere.application.port.GatewayEvents;
import java.time.Instant;

final class InMemoryGatewayEvents implements GatewayEvents {
    private final InMemoryState state;

    InMemoryGatewayEvents(InMemoryState state) {
        this.state = state;
    }

    @Override
    public boolean recordIfNew(String eventId, String type, Instant receivedAt) {
        return state.gatewayEvents.putIfAbsent(eventId, receivedAt) == null;
    }
}
