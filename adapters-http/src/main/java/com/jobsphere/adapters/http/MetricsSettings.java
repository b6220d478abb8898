package com.jobsphere.adapters.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@code GET /metrics} is served (CONTRACT.md §14), and where the HTTP adapter registers its meters: request
 * timers, Jetty's thread pool and connections.
 *
 * @param registry   the registry scraped by {@code /metrics}
 * @param token      when present, {@code /metrics} needs {@code Authorization: Bearer <token>}; never logged
 * @param production with no token in production, {@code /metrics} is 404, as if it did not exist
 */
public record MetricsSettings(PrometheusMeterRegistry registry, Optional<String> token, boolean production) {
    public MetricsSettings {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(token, "token");
        token.ifPresent(value -> {
            if (value.isBlank()) {
                throw new IllegalArgumentException("a metrics token must not be blank");
            }
        });
    }

    /** Leaves the token out: a record's default toString would print it. */
    @Override
    public String toString() {
        return "MetricsSettings[token=" + (token.isPresent() ? "<set>" : "<none>") + ", production=" + production + "]";
    }
}
