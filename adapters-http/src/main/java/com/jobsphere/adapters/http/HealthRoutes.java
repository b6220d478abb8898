package com.jobsphere.adapters.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /health}: 200 while the database answers, 503 in the envelope when it does not. No access token. */
final class HealthRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(HealthRoutes.class);

    private final BooleanSupplier databaseReachable;
    private final Json json;

    HealthRoutes(BooleanSupplier databaseReachable, Json json) {
        this.databaseReachable = databaseReachable;
        this.json = json;
    }

    void addTo(JavalinConfig config) {
        config.routes.get("/health", this::health);
    }

    private void health(Context ctx) {
        if (databaseReachable(ctx)) {
            Responses.json(ctx, 200, json.write(new Envelope(200, "OK", Map.of("status", "ok"))));
        } else {
            Responses.json(ctx, 503, json.write(new ErrorEnvelope(503, "Database unreachable", List.of())));
        }
    }

    private boolean databaseReachable(Context ctx) {
        try {
            return databaseReachable.getAsBoolean();
        } catch (RuntimeException e) {
            LOG.warn("[{}] database health check failed: {}", RequestIds.of(ctx), e.toString());
            return false;
        }
    }
}
