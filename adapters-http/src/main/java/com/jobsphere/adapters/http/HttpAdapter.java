package com.jobsphere.adapters.http;

import com.jobsphere.application.UseCases;
import com.jobsphere.application.port.PasswordHasher;
import com.jobsphere.application.port.Tokens;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.json.JavalinJackson;
import io.javalin.util.ConcurrencyUtil;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The HTTP adapter's entry point: the JSON API of the reference and CONTRACT.md on Javalin, plus the
 * development gateway's pages when a {@link DevPaymentGateway} is given. Everything else in this
 * package is package-private.
 */
public final class HttpAdapter {
    /** Threads kept alive while idle; the pool grows to {@link HttpSettings#maxThreads()} under load. */
    private static final int MINIMUM_THREADS = 8;

    private final Javalin app;

    private HttpAdapter(Javalin app) {
        this.app = app;
    }

    /**
     * Builds the server (not yet listening).
     *
     * @param devGatewayOrNull  the development gateway whose pages to serve, or null when Stripe is used
     * @param ready            answers {@code GET /readyz} and {@code /health}: whether the database answers and holds
     *                         the schema; false (or an exception) means 503
     */
    public static HttpAdapter create(UseCases useCases, DevPaymentGateway devGatewayOrNull, HttpSettings settings,
            BooleanSupplier ready) {
        return create(useCases, devGatewayOrNull, settings, ready, new MetricsSettings(
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), Optional.empty(), false));
    }

    /**
     * Builds the server (not yet listening), with its meters in {@code metrics}' registry and {@code GET /metrics}
     * served as {@code metrics} says.
     */
    public static HttpAdapter create(UseCases useCases, DevPaymentGateway devGatewayOrNull,
            HttpSettings settings, BooleanSupplier ready, MetricsSettings metrics) {
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(useCases, "useCases");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(ready, "ready");
        Json json = new Json();
        ErrorMapper errors = new ErrorMapper(json);
        Idempotency idempotency = new Idempotency(json);
        Javalin app = Javalin.create(config -> {
            configureServer(config, settings, errors);
            new HttpMetrics(metrics.registry()).register(config, config.jetty.threadPool);
            RequestIds.register(config);
            SecurityHeaders.register(config);
            limitBodies(config, settings.maxRequestBytes());
            errors.register(config);
            RequestGuards.register(config);
            new Authentication(useCases).register(config);
            Api api = new Api(config, json, idempotency);
            new AuthRoutes(useCases, json, new ClientAddresses(settings.trustProxy())).addTo(api);
            new JobRoutes(useCases, json, api).addTo();
            new OfferRoutes(useCases, json, api).addTo();
            new WalletRoutes(useCases, json, api).addTo();
            new AdminRoutes(useCases, json, api).addTo();
            new NotificationRoutes(useCases, json, api).addTo();
            new WebhookRoutes(useCases).addTo(api);
            new HealthRoutes(ready, json).addTo(config);
            new ConsoleRoutes().addTo(config);
            new DocsRoutes().addTo(config);
            new MetricsRoutes(metrics).addTo(config);
            if (devGatewayOrNull != null) {
                new DevGatewayRoutes(useCases, devGatewayOrNull).addTo(config);
            }
        });
        return new HttpAdapter(app);
    }

    private static void configureServer(JavalinConfig config, HttpSettings settings, ErrorMapper errors) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.startup.startupWatcherEnabled = false;
        config.http.maxRequestSize = settings.maxRequestBytes();
        config.http.prefer405over404 = true;
        config.router.ignoreTrailingSlashes = true;
        config.router.caseInsensitiveRoutes = false;
        config.jetty.threadPool = ConcurrencyUtil.jettyThreadPool("jobsphere-http", MINIMUM_THREADS,
                settings.maxThreads(), false);
        config.jsonMapper(new JavalinJackson(errors.json().mapper(), false));
        config.jetty.modifyServer(server -> {
            // On stop, connectors close first and the graceful handler lets the requests already running finish
            // and be answered, up to the stop timeout: a payment that committed is never left without its answer.
            server.setHandler(new GracefulHandler());
            server.setStopTimeout(settings.shutdownGrace().toMillis());
            server.setErrorHandler(new JsonErrorHandler(errors));
        });
    }

    /**
     * A declared Content-Length over the limit is refused before anything reads the body; a chunked
     * body is cut off by Javalin at the same limit ({@code http.maxRequestSize}) when it is read.
     */
    private static void limitBodies(JavalinConfig config, long maxRequestBytes) {
        config.routes.before(ctx -> {
            if (ctx.req().getContentLengthLong() > maxRequestBytes) {
                throw new ContentTooLargeResponse();
            }
        });
    }

    /** Starts listening; port 0 picks a free port, see {@link #port()}. */
    public HttpAdapter start(int port) {
        app.start(port);
        return this;
    }

    /**
     * Every route the server answers, as {@code METHOD /path/{parameter}} in Javalin's router, sorted: what the
     * OpenAPI document must describe, no more and no less.
     */
    public List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
                .sorted()
                .toList();
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /**
     * Stops accepting connections, lets the requests in flight finish and be answered (up to
     * {@link HttpSettings#shutdownGrace()}), then stops.
     */
    public void stop() {
        app.stop();
    }

    /**
     * An executor whose tasks run with the MDC of the thread that handed them over: the request id (and user id)
     * of a request follow its work onto other threads, such as a push sent after the commit.
     */
    public static Executor carryingRequestIds(Executor executor) {
        return RequestIds.carrying(Objects.requireNonNull(executor, "executor"));
    }

    /** HS256 access tokens signed with {@code secret} (at least 32 bytes), and random refresh tokens. */
    public static Tokens jwtTokens(byte[] secret, Duration accessTokenLifetime, Clock clock) {
        return new JwtTokens(secret, accessTokenLifetime, clock);
    }

    /** Argon2id with explicit OWASP-minimum parameters, as PHC strings. */
    public static PasswordHasher argon2PasswordHasher() {
        return new Argon2PasswordHasher();
    }
}
