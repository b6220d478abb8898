package com.jobsphere.bootstrap;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service's configuration, read once from the environment (CONTRACT.md §10). Development gets
 * working defaults; production refuses to start without real secrets.
 */
public record Config(
        int port,
        String publicBaseUrl,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        int databasePoolSize,
        boolean production,
        byte[] jwtSecret,
        boolean jwtSecretConfigured,
        String adminEmail,
        Optional<String> adminPassword,
        Optional<String> stripeSecretKey,
        Optional<String> stripeWebhookSecret,
        Optional<String> stripeConnectWebhookSecret,
        String stripeApiBase,
        String checkoutSuccessUrl,
        String checkoutCancelUrl,
        String connectRefreshUrl,
        String connectReturnUrl,
        int stripeReadTimeoutMillis,
        int stripeMaxNetworkRetries,
        Duration databaseStartupTimeout,
        Duration janitorInterval,
        Duration stuckWithdrawalAge,
        Duration staleDepositAge,
        boolean trustProxy,
        Optional<String> fcmProjectId,
        Optional<Path> fcmCredentialsFile,
        String fcmApiBase,
        Duration pushLease,
        Optional<String> metricsToken,
        LogFormat logFormat,
        List<String> warnings) {

    static final int MINIMUM_JWT_SECRET_BYTES = 32;
    static final String RANDOM_JWT_SECRET = "JWT_SECRET is not set: this instance signs tokens with a random key of its"
            + " own. Its tokens stop working when it restarts, and any other instance refuses them (users are logged out"
            + " whenever a request reaches another instance). Set the same JWT_SECRET, 32 bytes or more, on every instance.";
    /**
     * Longer than the longest a push can take with the FCM adapter's timeouts (5 s to connect and 15 s per request,
     * for up to four requests: an access token and the message, each again when FCM refuses the token).
     */
    static final Duration LONGEST_PUSH_SEND = Duration.ofSeconds(80);

    /** Reads the configuration; throws {@link IllegalStateException} naming every problem at once. */
    public static Config fromEnvironment(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        boolean production = "production".equalsIgnoreCase(value(env, "APP_ENV").orElse("development"));
        int port = integer(env, "PORT", 3000, problems);
        String publicBaseUrl = value(env, "PUBLIC_BASE_URL").orElse("http://localhost:" + port);

        byte[] jwtSecret;
        Optional<String> configuredSecret = value(env, "JWT_SECRET");
        if (configuredSecret.isPresent()) {
            jwtSecret = configuredSecret.get().getBytes(StandardCharsets.UTF_8);
            if (jwtSecret.length < MINIMUM_JWT_SECRET_BYTES) {
                problems.add("JWT_SECRET must be at least 32 bytes");
            }
        } else if (production) {
            problems.add("JWT_SECRET is required when APP_ENV=production");
            jwtSecret = new byte[0];
        } else {
            jwtSecret = randomBytes(48);
            warnings.add(RANDOM_JWT_SECRET);
        }

        String adminEmail = value(env, "ADMIN_EMAIL").orElse("admin@jobsphere.local");
        Optional<String> adminPassword = value(env, "ADMIN_PASSWORD");
        if (adminPassword.isEmpty() && production) {
            problems.add("ADMIN_PASSWORD is required when APP_ENV=production");
        }

        Optional<String> stripeSecretKey = value(env, "STRIPE_SECRET_KEY");
        Optional<String> webhookSecret = value(env, "STRIPE_WEBHOOK_SECRET");
        if (production && stripeSecretKey.isEmpty()) {
            problems.add("STRIPE_SECRET_KEY is required when APP_ENV=production: the development payment gateway never runs in production");
        }
        if (stripeSecretKey.isPresent() && webhookSecret.isEmpty()) {
            problems.add("STRIPE_WEBHOOK_SECRET is required with STRIPE_SECRET_KEY: deposits are credited only by signed webhooks");
        }
        int poolSize = integer(env, "DATABASE_POOL_SIZE", 16, problems);
        int stripeReadTimeoutMillis = integer(env, "STRIPE_READ_TIMEOUT_MILLIS", 20_000, problems);
        int stripeMaxNetworkRetries = integer(env, "STRIPE_MAX_NETWORK_RETRIES", 2, problems);
        Duration startupTimeout = seconds(env, "DATABASE_STARTUP_TIMEOUT_SECONDS", 60, problems);
        Duration janitorInterval = seconds(env, "JANITOR_INTERVAL_SECONDS", 60, problems);
        Duration stuckWithdrawalAge = seconds(env, "JANITOR_WITHDRAWAL_AGE_SECONDS", 120, problems);
        Duration staleDepositAge = seconds(env, "JANITOR_DEPOSIT_AGE_SECONDS", 1_800, problems);
        boolean trustProxy = bool(env, "TRUST_PROXY", false, problems);
        if (janitorInterval.isZero()) {
            problems.add("JANITOR_INTERVAL_SECONDS must be at least 1");
        }
        Optional<String> fcmProjectId = value(env, "FCM_PROJECT_ID");
        Optional<Path> fcmCredentialsFile = value(env, "GOOGLE_APPLICATION_CREDENTIALS").map(Path::of);
        if (fcmProjectId.isPresent() && fcmCredentialsFile.isEmpty()) {
            problems.add("GOOGLE_APPLICATION_CREDENTIALS is required with FCM_PROJECT_ID: push needs the service"
                    + " account's JSON file");
        }
        if (fcmProjectId.isEmpty() && fcmCredentialsFile.isPresent()) {
            // Google's libraries read this variable too, so it may be set for something else; push stays off.
            warnings.add("GOOGLE_APPLICATION_CREDENTIALS is set but FCM_PROJECT_ID is not: push stays off");
        }
        Duration pushLease = seconds(env, "PUSH_LEASE_SECONDS", 300, problems);
        if (pushLease.isZero()) {
            problems.add("PUSH_LEASE_SECONDS must be at least 1");
        } else if (pushLease.compareTo(LONGEST_PUSH_SEND) < 0) {
            warnings.add("PUSH_LEASE_SECONDS is shorter than the " + LONGEST_PUSH_SEND.toSeconds() + " s a push may"
                    + " take: a slow push may be claimed again and sent twice");
        }
        Optional<String> metricsToken = value(env, "METRICS_TOKEN");
        LogFormat logFormat = LogFormat.named(value(env, LogFormat.VARIABLE).orElse(null)).orElseGet(() -> {
            problems.add(LogFormat.VARIABLE + " must be text or json");
            return LogFormat.TEXT;
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Configuration refused: " + String.join("; ", problems));
        }
        return new Config(port, publicBaseUrl,
                value(env, "DATABASE_URL").orElse("jdbc:postgresql://localhost:5432/jobsphere"),
                value(env, "DATABASE_USER").orElse("postgres"),
                value(env, "DATABASE_PASSWORD").orElse(""),
                poolSize,
                production, jwtSecret, configuredSecret.isPresent(), adminEmail, adminPassword,
                stripeSecretKey, webhookSecret, value(env, "STRIPE_CONNECT_WEBHOOK_SECRET"),
                value(env, "STRIPE_API_BASE").orElse("https://api.stripe.com"),
                value(env, "CHECKOUT_SUCCESS_URL").orElse(publicBaseUrl + "/dev/return?deposit=success"),
                value(env, "CHECKOUT_CANCEL_URL").orElse(publicBaseUrl + "/dev/return?deposit=cancelled"),
                value(env, "CONNECT_REFRESH_URL").orElse(publicBaseUrl + "/dev/return?onboarding=refresh"),
                value(env, "CONNECT_RETURN_URL").orElse(publicBaseUrl + "/dev/return?onboarding=done"),
                stripeReadTimeoutMillis,
                stripeMaxNetworkRetries,
                startupTimeout,
                janitorInterval,
                stuckWithdrawalAge,
                staleDepositAge,
                trustProxy,
                fcmProjectId.filter(project -> fcmCredentialsFile.isPresent()),
                fcmCredentialsFile.filter(file -> fcmProjectId.isPresent()),
                value(env, "FCM_API_BASE").orElse("https://fcm.googleapis.com"),
                pushLease,
                metricsToken,
                logFormat,
                List.copyOf(warnings));
    }

    public boolean usesDevelopmentGateway() {
        return stripeSecretKey.isEmpty();
    }

    /** Push is on when FCM_PROJECT_ID and GOOGLE_APPLICATION_CREDENTIALS are both set (CONTRACT.md §15). */
    public boolean pushesToFcm() {
        return fcmProjectId.isPresent() && fcmCredentialsFile.isPresent();
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static boolean bool(Map<String, String> env, String name, boolean fallback, List<String> problems) {
        Optional<String> raw = value(env, name);
        if (raw.isEmpty()) {
            return fallback;
        }
        if (raw.get().equalsIgnoreCase("true") || raw.get().equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(raw.get());
        }
        problems.add(name + " must be true or false");
        return fallback;
    }

    private static int integer(Map<String, String> env, String name, int fallback, List<String> problems) {
        Optional<String> raw = value(env, name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.get());
        } catch (NumberFormatException e) {
            problems.add(name + " must be a whole number");
            return fallback;
        }
    }

    /** A whole, non-negative number of seconds. */
    private static Duration seconds(Map<String, String> env, String name, int fallback, List<String> problems) {
        int value = integer(env, name, fallback, problems);
        if (value < 0) {
            problems.add(name + " must not be negative");
            return Duration.ofSeconds(fallback);
        }
        return Duration.ofSeconds(value);
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** Never prints secrets: the JWT secret, the database password, the Stripe keys and the metrics token are left out. */
    @Override
    public String toString() {
        return "Config[port=" + port + ", database=" + databaseUrl + ", production=" + production
                + ", paymentGateway=" + (usesDevelopmentGateway() ? "development" : "stripe")
                + ", push=" + fcmProjectId.map(project -> "fcm:" + project).orElse("off") + "]";
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
