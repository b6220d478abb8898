package com.jobsphere.adapters.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The probes (CONTRACT.md §11), without an access token:
 * <ul>
 * <li>{@code GET /livez}: 200 while the process serves, whatever the database does, so an orchestrator does
 * not restart a healthy process because PostgreSQL is down;
 * <li>{@code GET /readyz} and {@code GET /health}: 200 only when PostgreSQL answers and holds the migrated
 * schema, else 503 in the envelope, so no traffic is sent to an instance whose every call would fail.
 * </ul>
 */
final class HealthRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(HealthRoutes.class);

    private final BooleanSupplier ready;
    private final Json json;

    HealthRoutes(BooleanSupplier ready, Json json) {
        this.ready = ready;
        this.json = json;
    }

    void addTo(JavalinConfig config) {
        config.routes.get("/livez", this::live);
        config.routes.get("/readyz", this::ready);
        config.routes.get("/health", this::ready);
    }

    private void live(Context ctx) {
        Responses.json(ctx, 200, json.write(new Envelope(200, "OK", Map.of("status", "ok"))));
    }

    private void ready(Context ctx) {
        if (isReady(ctx)) {
            Responses.json(ctx, 200, json.write(new Envelope(200, "OK", Map.of("status", "ok"))));
        } else {
            Responses.json(ctx, 503, json.write(new ErrorEnvelope(503, "Database unreachable or not migrated", List.of())));
        }
    }

    private boolean isReady(Context ctx) {
        try {
            return ready.getAsBoolean();
        } catch (RuntimeException e) {
            LOG.warn("[{}] readiness check failed: {}", RequestIds.of(ctx), e.toString());
            return false;
        }
    }
}
