package com.jobsphere.bootstrap;

import com.jobsphere.adapters.fcm.FcmAdapter;
import com.jobsphere.adapters.fcm.FcmSettings;
import com.jobsphere.adapters.http.DevPaymentGateway;
import com.jobsphere.adapters.http.HttpAdapter;
import com.jobsphere.adapters.http.HttpSettings;
import com.jobsphere.adapters.http.MetricsSettings;
import com.jobsphere.adapters.postgres.DatabaseSettings;
import com.jobsphere.adapters.postgres.PostgresAdapter;
import com.jobsphere.adapters.stripe.StripeAdapter;
import com.jobsphere.adapters.stripe.StripeSettings;
import com.jobsphere.application.UseCases;
import com.jobsphere.application.auth.EnsurePlatformAdmin;
import com.jobsphere.application.common.Platform;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.notification.PushDispatcher;
import com.jobsphere.application.notification.TidyPushOutbox;
import com.jobsphere.application.port.Ids;
import com.jobsphere.application.port.PasswordHasher;
import com.jobsphere.application.port.PaymentGateway;
import com.jobsphere.application.port.PushNotifications;
import com.jobsphere.application.port.Tokens;
import com.jobsphere.application.port.WebhookVerifier;
import com.jobsphere.application.wallet.Janitor;
import com.jobsphere.domain.common.ValidationFailed;
import com.jobsphere.domain.money.FeeSchedule;
import com.jobsphere.domain.user.User;
import io.micrometer.core.instrument.FunctionCounter;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.time.Duration;
import java.util.Random;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The whole service wired with plain constructors: database, payment gateway, use cases, HTTP. */
public final class Application implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Application.class);
    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(15);
    /** How long close() waits for a janitor run in progress to finish its current item. */
    private static final Duration JANITOR_STOP_WAIT = Duration.ofSeconds(10);

    private final PostgresAdapter postgres;
    private final HttpAdapter http;
    private final ScheduledExecutorService janitorThread;
    private final UseCases useCases;
    private final PushDispatcher pushDispatcher;
    private final TidyPushOutbox tidyPushOutbox;
    private final Monitoring monitoring;

    private Application(PostgresAdapter postgres, HttpAdapter http, ScheduledExecutorService janitorThread,
            UseCases useCases, PushDispatcher pushDispatcher, TidyPushOutbox tidyPushOutbox, Monitoring monitoring) {
        this.postgres = postgres;
        this.http = http;
        this.janitorThread = janitorThread;
        this.useCases = useCases;
        this.pushDispatcher = pushDispatcher;
        this.tidyPushOutbox = tidyPushOutbox;
        this.monitoring = monitoring;
    }

    /**
     * Starts everything; a failure part-way closes what was already started. An unreachable database is waited for
     * (see {@link Config#databaseStartupTimeout()}), then reported as
     * {@link com.jobsphere.application.port.StoreUnavailable}.
     */
    public static Application start(Config config) {
        Clock clock = Clock.systemUTC();
        Monitoring monitoring = Monitoring.start();
        PostgresAdapter postgres;
        try {
            postgres = PostgresAdapter.start(new DatabaseSettings(config.databaseUrl(), config.databaseUser(),
                    config.databasePassword(), config.databasePoolSize(), DatabaseSettings.DEFAULT_CONNECTION_TIMEOUT,
                    DatabaseSettings.DEFAULT_STATEMENT_TIMEOUT, DatabaseSettings.DEFAULT_LOCK_TIMEOUT,
                    config.databaseStartupTimeout()), monitoring.registry());
        } catch (RuntimeException e) {
            monitoring.close();
            throw e;
        }
        try {
            FunctionCounter.builder("jobsphere.transaction.retries", postgres, PostgresAdapter::transactionRetries)
                    .description("Transactions run again after a deadlock or a serialization failure; 0 with one lock order")
                    .register(monitoring.registry());
            Ids ids = new RandomIds();
            PasswordHasher hasher = HttpAdapter.argon2PasswordHasher();
            Tokens tokens = HttpAdapter.jwtTokens(config.jwtSecret(), ACCESS_TOKEN_LIFETIME, clock);
            Transactions transactions = new Transactions(postgres.unitOfWork(), postgres.locks(), clock,
                    new MicrometerBusinessEvents(monitoring.registry()));
            User admin = platformAdmin(config, new EnsurePlatformAdmin(transactions, hasher, ids, clock));
            PushNotifications push = pushNotifications(config);

            DevPaymentGateway devGateway = null;
            PaymentGateway gateway;
            WebhookVerifier webhookVerifier;
            if (config.usesDevelopmentGateway()) {
                devGateway = DevPaymentGateway.create(config.publicBaseUrl(), postgres.devGatewayStore(), clock);
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

            UseCases useCases = UseCases.create(transactions, postgres.locks(), gateway, webhookVerifier, hasher,
                    tokens, ids,
                    clock, new Platform(admin.id()), FeeSchedule.STANDARD, new Janitor.Settings(
                            config.stuckWithdrawalAge(), config.staleDepositAge(), Janitor.Settings.DEFAULTS.batchSize()));
            HttpAdapter http = HttpAdapter.create(useCases, devGateway,
                    HttpSettings.defaults(config.publicBaseUrl()).withTrustProxy(config.trustProxy()), postgres::isReady,
                    new MetricsSettings(monitoring.registry(), config.metricsToken(), config.production()))
                    .start(config.port());
            ScheduledExecutorService janitorThread = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "janitor");
                thread.setDaemon(true);
                return thread;
            });
            // Random is safe to share between the sender threads; it only spreads retries out.
            PushDispatcher pushDispatcher = push == null ? null : PushDispatcher.start(transactions, push,
                    postgres.pushWakeups(), ids, clock, new Random(),
                    PushDispatcher.Settings.DEFAULTS.withLease(config.pushLease()));
            Application application = new Application(postgres, http, janitorThread, useCases, pushDispatcher,
                    new TidyPushOutbox(transactions, clock, TidyPushOutbox.Settings.DEFAULTS), monitoring);
            // At start-up, then every interval: what a crash left half done is settled without waiting for anyone.
            janitorThread.scheduleWithFixedDelay(application::runJanitor, 0, config.janitorInterval().toMillis(),
                    TimeUnit.MILLISECONDS);
            janitorThread.scheduleWithFixedDelay(application::tidyPushOutbox, 0, config.janitorInterval().toMillis(),
                    TimeUnit.MILLISECONDS);
            return application;
        } catch (RuntimeException e) {
            try {
                postgres.close();
            } finally {
                monitoring.close();
            }
            throw e;
        }
    }

    /** The admin of ADMIN_EMAIL, made or brought in line with ADMIN_PASSWORD; what changed is logged, once. */
    private static User platformAdmin(Config config, EnsurePlatformAdmin ensure) {
        EnsurePlatformAdmin.Result result = ensure.execute(new EnsurePlatformAdmin.Command(config.adminEmail(),
                config.adminPassword(), () -> Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(12))));
        switch (result.outcome()) {
            case CREATED -> LOG.info("Created the platform admin {}{}", config.adminEmail(), result.generatedPassword()
                    .map(password -> " with the generated password " + password
                            + " (ADMIN_PASSWORD is not set; printed once, for development only)")
                    .orElse(""));
            case PASSWORD_UPDATED -> LOG.warn("The admin password of {} was updated from ADMIN_PASSWORD",
                    config.adminEmail());
            case UNCHANGED -> LOG.debug("The platform admin {} is as configured", config.adminEmail());
        }
        return result.admin();
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** The port the HTTP server listens on (useful when started on port 0). */
    public int port() {
        return http.port();
    }

    /** Every route the HTTP server answers, as {@code METHOD /path/{parameter}}, from its router. */
    public List<String> routes() {
        return http.routes();
    }

    public UseCases useCases() {
        return useCases;
    }

    /**
     * How many transactions were run again after a deadlock or a serialization failure since start. With one lock
     * order for a job's life (CONTRACT.md §12) this stays 0; anything else is a bug worth a look.
     */
    public long transactionRetries() {
        return postgres.transactionRetries();
    }

    /**
     * FCM through its adapter when FCM_PROJECT_ID and GOOGLE_APPLICATION_CREDENTIALS are set, else null: push is
     * off, and one line says so. The service account's file is read here, so a missing or malformed one stops
     * start-up rather than the first push.
     */
    private static PushNotifications pushNotifications(Config config) {
        if (!config.pushesToFcm()) {
            LOG.info("Push notifications are off: FCM_PROJECT_ID and GOOGLE_APPLICATION_CREDENTIALS are not both set."
                    + " The in-app feed fills all the same.");
            return null;
        }
        PushNotifications push = FcmAdapter.create(FcmSettings.withDefaults(config.fcmProjectId().orElseThrow(),
                config.fcmCredentialsFile().orElseThrow(), config.fcmApiBase())).pushNotifications();
        LOG.info("Push notifications are on: FCM project {} at {}", config.fcmProjectId().orElseThrow(),
                config.fcmApiBase());
        return push;
    }

    /** Keeps the push outbox bounded, on every instance, push on or off. */
    private void tidyPushOutbox() {
        try {
            TidyPushOutbox.Report report = tidyPushOutbox.execute();
            if (report.expired() > 0 && pushDispatcher != null) {
                LOG.warn("{} pushes were given up unsent after {} h", report.expired(),
                        TidyPushOutbox.Settings.DEFAULTS.mostAge().toHours());
            }
        } catch (RuntimeException e) {
            LOG.warn("Tidying the push outbox failed; it runs again: {}", e.toString());
        }
    }

    private void runJanitor() {
        try {
            Janitor.Report report = useCases.janitor().execute();
            if (report.withdrawalsSettled() + report.depositsCredited() + report.depositsFailed() + report.offersExpired() > 0) {
                LOG.info("Janitor: {} withdrawals settled, {} deposits credited, {} deposits failed, {} offers expired",
                        report.withdrawalsSettled(), report.depositsCredited(), report.depositsFailed(),
                        report.offersExpired());
            }
        } catch (RuntimeException e) {
            // It runs again at the next interval; nothing it does is lost by waiting.
            LOG.warn("The janitor's run failed; it will run again: {}", e.toString());
        }
    }

    /**
     * Stops in the order that loses nothing: no new requests, the ones in flight finished and answered (up to the
     * HTTP adapter's grace), the pushes being sent finished and recorded, the janitor's current run finished, then
     * the pool and the lock connection closed. A push still unsent stays in the outbox for the next start or
     * another instance.
     */
    @Override
    public void close() {
        try {
            http.stop();
        } finally {
            if (pushDispatcher != null) {
                pushDispatcher.close();
            }
            janitorThread.shutdown();
            try {
                if (!janitorThread.awaitTermination(JANITOR_STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    janitorThread.shutdownNow();
                }
            } catch (InterruptedException e) {
                janitorThread.shutdownNow();
                Thread.currentThread().interrupt();
            } finally {
                try {
                    postgres.close();
                } finally {
                    monitoring.close();
                }
            }
        }
    }
}
