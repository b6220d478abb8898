package com.jobsphere.adapters.http;

import com.jobsphere.domain.common.Unauthenticated;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.NotFoundResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * {@code GET /metrics} in Prometheus' text format. With a token configured it needs that bearer token, compared in
 * constant time; in production without a token it answers exactly as a route that does not exist does, so that
 * nothing about the service's insides is public by accident. It sits outside {@code /api}, so the user
 * authentication of {@link Authentication} never applies to it.
 */
final class MetricsRoutes {
    /** Prometheus' text exposition format, the one {@code scrape()} writes. */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final MetricsSettings settings;
    private final Optional<byte[]> tokenDigest;

    MetricsRoutes(MetricsSettings settings) {
        this.settings = settings;
        this.tokenDigest = settings.token().map(MetricsRoutes::digest);
    }

    void addTo(JavalinConfig config) {
        config.routes.get("/metrics", this::metrics);
    }

    private void metrics(Context ctx) {
        if (tokenDigest.isEmpty() && settings.production()) {
            throw new NotFoundResponse();
        }
        if (tokenDigest.isPresent() && !presented(ctx)) {
            throw new Unauthenticated("A valid metrics token is required");
        }
        ctx.status(200).contentType(CONTENT_TYPE).result(settings.registry().scrape().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether the request carries the token. Both sides are hashed first, so the comparison takes the same time
     * whatever the presented token's length and however many of its characters are right.
     */
    private boolean presented(Context ctx) {
        String authorization = ctx.header(Header.AUTHORIZATION);
        if (authorization == null) {
            return false;
        }
        String token;
        try {
            token = Authentication.bearerToken(authorization);
        } catch (Unauthenticated notBearer) {
            return false;
        }
        return MessageDigest.isEqual(digest(token), tokenDigest.orElseThrow());
    }

    private static byte[] digest(String token) {
        return Idempotency.sha256().digest(token.getBytes(StandardCharsets.UTF_8));
    }
}
