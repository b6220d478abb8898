package com.jobsphere.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.adapters.postgres.TestDatabase;
import com.jobsphere.adapters.stripe.FakeStripe;
import com.jobsphere.bootstrap.Application;
import com.jobsphere.bootstrap.Config;
import java.util.HashMap;
import java.util.Map;
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
 */
public final class Service implements BeforeAllCallback, AfterAllCallback {
    public static final String ADMIN_EMAIL = "admin@jobsphere.e2e";
    public static final String ADMIN_PASSWORD = "AdminPass123!";
    public static final String JWT_SECRET = "e2e-jwt-secret-0123456789-abcdefghijklmnop";
    public static final String STRIPE_SECRET_KEY = "sk_test_e2e";
    public static final String STRIPE_WEBHOOK_SECRET = "whsec_e2e_0123456789abcdef";

    private final boolean fakeStripe;
    private final Map<String, String> environment;
    private TestDatabase database;
    private FakeStripe stripe;
    private Application application;
    private Api api;
    private Marketplace marketplace;

    private Service(boolean fakeStripe, Map<String, String> environment) {
        this.fakeStripe = fakeStripe;
        this.environment = Map.copyOf(environment);
    }

    /** No {@code STRIPE_SECRET_KEY}: the development payment gateway serves deposits and payouts. */
    public static Service withDevelopmentGateway() {
        return new Service(false, Map.of());
    }

    /**
     * Stripe for real, pointed at a {@link FakeStripe}: {@code STRIPE_SECRET_KEY}, {@code STRIPE_API_BASE}
     * and {@code STRIPE_WEBHOOK_SECRET} are set, plus {@code environment} (timeouts, retries).
     */
    public static Service withFakeStripe(Map<String, String> environment) {
        return new Service(true, environment);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        database = TestDatabase.create();
        Map<String, String> env = new HashMap<>();
        env.put("PORT", "0");
        env.put("DATABASE_URL", database.jdbcUrl());
        env.put("DATABASE_USER", database.user());
        env.put("DATABASE_PASSWORD", database.password());
        env.put("ADMIN_EMAIL", ADMIN_EMAIL);
        env.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("JWT_SECRET", JWT_SECRET);
        if (fakeStripe) {
            stripe = new FakeStripe().start();
            env.put("STRIPE_SECRET_KEY", STRIPE_SECRET_KEY);
            env.put("STRIPE_API_BASE", stripe.baseUrl());
            env.put("STRIPE_WEBHOOK_SECRET", STRIPE_WEBHOOK_SECRET);
        }
        env.putAll(environment);
        application = Application.start(Config.fromEnvironment(env));
        api = new Api("http://localhost:" + application.port());
        marketplace = new Marketplace(api, ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** Every class ends with a balanced ledger: all postings sum to zero and every stored balance matches them. */
    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (marketplace != null) {
                Response check = marketplace.verifyLedger().expect(200);
                assertThat(check.data().path("balanced").asBoolean()).as("ledger balanced: %s", check).isTrue();
                assertThat(check.data().path("discrepancies")).as("discrepancies").isEmpty();
            }
        } finally {
            close();
        }
    }

    private void close() {
        try {
            if (application != null) {
                application.close();
            }
        } finally {
            try {
                if (stripe != null) {
                    stripe.close();
                }
            } finally {
                if (database != null) {
                    database.close();
                }
            }
        }
    }

    public Api api() {
        return api;
    }

    public Marketplace marketplace() {
        return marketplace;
    }

    /** The fake Stripe of a {@link #withFakeStripe} service. */
    public FakeStripe stripe() {
        if (stripe == null) {
            throw new IllegalStateException("this service runs the development gateway, not a fake Stripe");
        }
        return stripe;
    }
}
