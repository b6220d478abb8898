package com.jobsphere.adapters.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jetty.JettyConnectionMetrics;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.thread.ThreadPool;

/**
 * The HTTP adapter's meters: a timer per method, route template and status ({@code http_server_requests_seconds},
 * a histogram with fixed buckets), Jetty's thread pool, and its connections. The route is the template
 * ({@code /api/job/{id}}), never the path a client sent, so a scan of random paths cannot grow the number of
 * series: every request that matched no route is counted under one route name.
 */
final class HttpMetrics {
    static final String REQUESTS = "http.server.requests";
    static final String UNMATCHED = "NOT_FOUND";
    /** Explicit buckets, from a fast read to the longest a payment may wait on Stripe. */
    private static final Duration[] BUCKETS = {
        Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
        Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofMillis(2_500), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30)};

    private final MeterRegistry registry;
    /**
     * The timers already registered. Building a timer (its tags and its buckets) on every request cost more CPU than
     * recording into it; there are few keys, as the route is a template and the statuses the server writes are few.
     */
    private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();

    HttpMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Times every request that Javalin answers, and binds the thread pool and the connectors when Jetty starts. */
    void register(JavalinConfig config, ThreadPool threadPool) {
        config.requestLogger.http(this::record);
        new JettyServerThreadPoolMetrics(threadPool, Tags.empty()).bindTo(registry);
        // Javalin adds its connector after the server is modified, so the connectors are counted once it started;
        // a connection listener added then applies to every connection opened after.
        AtomicReference<Server> jetty = new AtomicReference<>();
        config.jetty.modifyServer(jetty::set);
        config.events.serverStarted(() -> JettyConnectionMetrics.addToAllConnectors(jetty.get(), registry));
    }

    private void record(Context ctx, Float milliseconds) {
        timers.computeIfAbsent(new TimerKey(ctx.method().name(), route(ctx), ctx.statusCode()), this::timer)
                .record(Math.round(milliseconds * 1_000d), TimeUnit.MICROSECONDS);
    }

    private Timer timer(TimerKey key) {
        return Timer.builder(REQUESTS)
                .description("HTTP requests by method, route template and status")
                .tags("method", key.method(), "route", key.route(), "status", Integer.toString(key.status()))
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
    }

    private record TimerKey(String method, String route, int status) {
    }

    /** The template of the route that answered, or {@value #UNMATCHED} when none matched. */
    static String route(Context ctx) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        return matched == null ? UNMATCHED : matched.path;
    }
}
