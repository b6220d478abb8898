package com.jobsphere.bootstrap;

import com.jobsphere.adapters.http.DevPaymentGateway;
import com.jobsphere.adapters.http.HttpAdapter;
import com.jobsphere.adapters.http.HttpSettings;
import com.jobsphere.adapters.postgres.DatabaseSettings;
import com.jobsphere.adapters.postgres.PostgresAdapter;
import com.jobsphere.adapters.stripe.StripeAdapter;
import com.jobsphere.adapters.stripe.StripeSettings;
import com.jobsphere.application.UseCases;
import com.jobsphere.application.auth.EnsurePlatformAdmin;
import com.jobsphere.application.common.Platform;
import com.jobsphere.application.port.Ids;
import com.jobsphere.application.port.PasswordHasher;
import com.jobsphere.application.port.PaymentGateway;
import com.jobsphere.application.port.Tokens;
import com.jobsphere.application.port.WebhookVerifier;
import com.jobsphere.domain.common.ValidationFailed;
import com.jobsphere.domain.money.FeeSchedule;
import com.jobsphere.domain.user.User;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The whole service wired with plain constructors: database, payment gateway, use cases, HTTP. */
public final class Application implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Application.class);
    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(15);
    static final Duration EXPIRY_SWEEP_INTERVAL = Duration.ofMinutes(1);

    private final PostgresAdapter postgres;
    private final HttpAdapter http;
    private final ScheduledExecutorService sweeper;
    private final UseCases useCases;

    private Application(PostgresAdapter postgres, HttpAdapter http, ScheduledExecutorService sweeper, UseCases useCases) {
        this.postgres = postgres;
        this.http = http;
        this.sweeper = sweeper;
        this.useCases = useCases;
    }

    /** Starts everything; a failure part-way closes what was already started. */
    public static Application start(Config config) {
        Clock clock = Clock.systemUTC();
        PostgresAdapter postgres = PostgresAdapter.start(new DatabaseSettings(config.databaseUrl(), config.databaseUser(),
                config.databasePassword(), config.databasePoolSize(), DatabaseSettings.DEFAULT_CONNECTION_TIMEOUT,
                DatabaseSettings.DEFAULT_STATEMENT_TIMEOUT, DatabaseSettings.DEFAULT_LOCK_TIMEOUT));
        try {
            Ids ids = new RandomIds();
            PasswordHasher hasher = HttpAdapter.argon2PasswordHasher();
            Tokens tokens = HttpAdapter.jwtTokens(config.jwtSecret(), ACCESS_TOKEN_LIFETIME, clock);
            User admin = new EnsurePlatformAdmin(postgres.unitOfWork(), hasher, ids, clock)
                    .execute(config.adminEmail(), config.adminPassword());

            DevPaymentGateway devGateway = null;
            PaymentGateway gateway;
            WebhookVerifier webhookVerifier;
            if (config.usesDevelopmentGateway()) {
                devGateway = DevPaymentGateway.create(config.publicBaseUrl());
                gateway = devGateway;
                webhookVerifier = (payload, signature) -> {
                    throw new ValidationFailed("Stripe-Signature", "Stripe webhooks are not configured on this server");
                };
            } else {
                StripeAdapter stripe = StripeAdapter.create(StripeSettings.withDefaults(config.stripeSecretKey().orElseThrow(),
                        config.stripeWebhookSecret().orElseThrow(), config.stripeConnectWebhookSecret().orElse(null),
                        config.stripeApiBase(), config.checkoutSuccessUrl(), config.checkoutCancelUrl(),
                        config.connectRefreshUrl(), config.connectReturnUrl())
                        .withNetwork(StripeSettings.DEFAULT_CONNECT_TIMEOUT_MILLIS, config.stripeReadTimeoutMillis(),
                                config.stripeMaxNetworkRetries()), clock);
                gateway = stripe.paymentGateway();
                webhookVerifier = stripe.webhookVerifier();
            }

            UseCases useCases = UseCases.create(postgres.unitOfWork(), gateway, hasher, tokens, ids, clock,
                    new Platform(admin.id()), FeeSchedule.STANDARD);
            HttpAdapter http = HttpAdapter.create(useCases, tokens, webhookVerifier, devGateway,
                    HttpSettings.defaults(config.publicBaseUrl()), postgres::isReachable)
                    .start(config.port());
            ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "housekeeping");
                thread.setDaemon(true);
                return thread;
            });
            Application application = new Application(postgres, http, sweeper, useCases);
            sweeper.scheduleWithFixedDelay(application::housekeeping, EXPIRY_SWEEP_INTERVAL.toSeconds(),
                    EXPIRY_SWEEP_INTERVAL.toSeconds(), TimeUnit.SECONDS);
            return application;
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    /** The port the HTTP server listens on (useful when started on port 0). */
    public int port() {
        return http.port();
    }

    public UseCases useCases() {
        return useCases;
    }

    /** Once a minute: expire offers past their expiry, and drop idempotency records past the replay window. */
    private void housekeeping() {
        try {
            int expired = useCases.expireOffers().execute();
            if (expired > 0) {
                LOG.info("Expired {} offers past their expiry", expired);
            }
            useCases.idempotentRequests().purgeExpired();
        } catch (RuntimeException e) {
            // It runs again next minute; access-time expiry checks and stale-key reclaiming cover the gap.
            LOG.warn("Housekeeping failed; it will run again", e);
        }
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        http.stop();
        postgres.close();
    }
}
