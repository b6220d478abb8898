package com.jobsphere.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.adapters.fcm.FakeFcm;
import com.jobsphere.adapters.fcm.ServiceAccountFiles;
import com.jobsphere.adapters.postgres.TestDatabase;
import com.jobsphere.adapters.stripe.FakeStripe;
import com.jobsphere.bootstrap.Application;
import com.jobsphere.bootstrap.Config;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One running service per test class: a fresh PostgreSQL database of its own, the whole application
 * started on a free port exactly as {@code Main} starts it, and, for the Stripe suites, a fake Stripe
 * on loopback. After the class's tests it checks that the ledger is balanced, then stops everything.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final Service service = Service.withDevelopmentGateway();
 * }</pre>
 *
 * <p>{@link #withInstances} runs several instances on the one database, as a deployment behind a load balancer
 * does; {@link #environment()} starts more (the real jar, as a child process) on it.
 */
public final class Service implements BeforeAllCallback, AfterAllCallback {
    public static final String ADMIN_EMAIL = "admin@jobsphere.e2e";
    public static final String ADMIN_PASSWORD = "AdminPass123!";
    public static final String JWT_SECRET = "e2e-jwt-secret-0123456789-abcdefghijklmnop";
    public static final String STRIPE_SECRET_KEY = "sk_test_e2e";
    public static final String STRIPE_WEBHOOK_SECRET = "whsec_e2e_0123456789abcdef";

    private final boolean fakeStripe;
    private final int instances;
    private final Map<String, String> environment;
    private final boolean fakeFcm;
    private final List<Application> applications = new ArrayList<>();
    private final List<Api> apis = new ArrayList<>();
    private TestDatabase database;
    private FakeStripe stripe;
    private FakeFcm fcm;
    private Path fcmCredentials;
    private Map<String, String> startedWith;
    private Marketplace marketplace;

    private Service(boolean fakeStripe, int instances, Map<String, String> environment, boolean fakeFcm) {
        if (instances < 1) {
            throw new IllegalArgumentException("a service runs at least one instance, not " + instances);
        }
        this.fakeStripe = fakeStripe;
        this.instances = instances;
        this.environment = Map.copyOf(environment);
        this.fakeFcm = fakeFcm;
    }

    /** No {@code STRIPE_SECRET_KEY}: the development payment gateway serves deposits and payouts. */
    public static Service withDevelopmentGateway() {
        return new Service(false, 1, Map.of(), false);
    }

    /** The development payment gateway, with {@code environment} added (METRICS_TOKEN, APP_ENV). */
    public static Service withDevelopmentGateway(Map<String, String> environment) {
        return withDevelopmentGateway().withEnvironment(environment);
    }

    /**
     * Stripe for real, pointed at a {@link FakeStripe}: {@code STRIPE_SECRET_KEY}, {@code STRIPE_API_BASE}
     * and {@code STRIPE_WEBHOOK_SECRET} are set, plus {@code environment} (timeouts, retries).
     */
    public static Service withFakeStripe(Map<String, String> environment) {
        return new Service(true, 1, environment, false);
    }

    /** The same service with {@code more} added to every instance's environment. */
    public Service withEnvironment(Map<String, String> more) {
        Map<String, String> merged = new HashMap<>(environment);
        merged.putAll(more);
        return new Service(fakeStripe, instances, merged, fakeFcm);
    }

    /** The same service run as {@code count} in-process instances on the one database (and the one fake Stripe). */
    public Service withInstances(int count) {
        return new Service(fakeStripe, count, environment, fakeFcm);
    }

    /**
     * The same service with push on, pointed at a {@link FakeFcm}: {@code FCM_PROJECT_ID}, {@code FCM_API_BASE} and
     * {@code GOOGLE_APPLICATION_CREDENTIALS} (a service-account file with a fresh RSA key whose {@code token_uri} is
     * the fake's) are set.
     */
    public Service withFakeFcm() {
        return new Service(fakeStripe, instances, environment, true);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        database = TestDatabase.create();
        try {
            if (fakeStripe) {
                stripe = new FakeStripe().start();
            }
            startedWith = environmentFor(database, stripe);
            if (fakeFcm) {
                fcm = new FakeFcm().start();
                fcmCredentials = Files.createTempDirectory("jobsphere-fcm-");
                startedWith.putAll(pushEnvironment(fcm, fcmCredentials));
            }
            startedWith.putAll(environment);
            for (int i = 0; i < instances; i++) {
                Application application = Application.start(Config.fromEnvironment(startedWith));
                applications.add(application);
                apis.add(new Api("http://localhost:" + application.port()));
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        }
        marketplace = new Marketplace(api(), ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /**
     * What an instance is started with on {@code database}: a free port, the fixed admin and JWT secret (so that
     * every instance accepts every other's tokens) and, with a {@code stripe}, the settings that point at it.
     */
    public static Map<String, String> environmentFor(TestDatabase database, FakeStripe stripe) {
        Map<String, String> env = new HashMap<>();
        env.put("PORT", "0");
        env.put("DATABASE_URL", database.jdbcUrl());
        env.put("DATABASE_USER", database.user());
        env.put("DATABASE_PASSWORD", database.password());
        env.put("ADMIN_EMAIL", ADMIN_EMAIL);
        env.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("JWT_SECRET", JWT_SECRET);
        if (stripe != null) {
            env.put("STRIPE_SECRET_KEY", STRIPE_SECRET_KEY);
            env.put("STRIPE_API_BASE", stripe.baseUrl());
            env.put("STRIPE_WEBHOOK_SECRET", STRIPE_WEBHOOK_SECRET);
        }
        return env;
    }

    /** What turns push on at {@code fcm}: its project and API base, and a service account it trusts, written in {@code directory}. */
    public static Map<String, String> pushEnvironment(FakeFcm fcm, Path directory) {
        return Map.of("FCM_PROJECT_ID", fcm.projectId(), "FCM_API_BASE", fcm.apiBase().toString(),
                "GOOGLE_APPLICATION_CREDENTIALS", ServiceAccountFiles.writeFor(fcm, directory).toString());
    }

    /**
     * Every class ends with a balanced ledger (all postings sum to zero and every stored balance matches them),
     * and without a deadlock (CONTRACT.md §12): no transaction of any instance was retried, and once the instances
     * have stopped, PostgreSQL's deadlock counter for the class's database is still 0.
     */
    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (marketplace != null) {
                Response check = marketplace.verifyLedger().expect(200);
                assertThat(check.data().path("balanced").asBoolean()).as("ledger balanced: %s", check).isTrue();
                assertThat(check.data().path("discrepancies")).as("discrepancies").isEmpty();
            }
            if (database != null) {
                long retries = applications.stream().mapToLong(Application::transactionRetries).sum();
                Deadlocks deadlocks = Deadlocks.watch(database);
                closeApplications();
                assertThat(retries).as("transactions retried after a deadlock or serialization failure").isZero();
                assertThat(deadlocks.count()).as("deadlocks PostgreSQL detected in this class's database").isZero();
            }
        } finally {
            close();
        }
    }

    /** Closes what was started; safe to call again, as JUnit runs afterAll even when beforeAll failed. */
    private void close() {
        try {
            closeApplications();
        } finally {
            try {
                if (stripe != null) {
                    stripe.close();
                    stripe = null;
                }
                closeFcm();
            } finally {
                if (database != null) {
                    database.close();
                    database = null;
                }
            }
        }
    }

    private void closeFcm() {
        if (fcm != null) {
            fcm.close();
            fcm = null;
        }
        if (fcmCredentials != null) {
            try (Stream<Path> files = Files.walk(fcmCredentials)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            fcmCredentials = null;
        }
    }

    /** Stops every instance, the last started first; each is closed even if another fails to. */
    private void closeApplications() {
        RuntimeException failure = null;
        for (int i = applications.size() - 1; i >= 0; i--) {
            try {
                applications.get(i).close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        applications.clear();
        if (failure != null) {
            throw failure;
        }
    }

    /** The first instance's API. */
    public Api api() {
        return api(0);
    }

    /** The API of instance {@code index}, from 0. */
    public Api api(int index) {
        return apis.get(index);
    }

    /** The APIs of every instance, in the order they were started. */
    public List<Api> apis() {
        return List.copyOf(apis);
    }

    /** The database every instance runs on, for checks made directly in SQL. */
    public TestDatabase database() {
        return database;
    }

    /** The environment the instances were started with: start another instance (or the jar) with it. */
    public Map<String, String> environment() {
        return Map.copyOf(startedWith);
    }

    public Marketplace marketplace() {
        return marketplace;
    }

    /** The fake FCM of a {@link #withFakeFcm} service. */
    public FakeFcm fcm() {
        if (fcm == null) {
            throw new IllegalStateException("this service runs without push");
        }
        return fcm;
    }

    /** The fake Stripe of a {@link #withFakeStripe} service. */
    public FakeStripe stripe() {
        if (stripe == null) {
            throw new IllegalStateException("this service runs the development gateway, not a fake Stripe");
        }
        return stripe;
    }
}
