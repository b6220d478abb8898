package com.jobsphere.adapters.postgres;

import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A fresh, migrated, empty database of its own for a test (or a test class), dropped by {@link #close()}.
 *
 * <p>The server is, in order: the one {@value #URL_VARIABLE} names (a JDBC URL or a {@code postgres://} URI of
 * any database on it, credentials in the URL or in {@value #USER_VARIABLE}/{@value #PASSWORD_VARIABLE}); else
 * PostgreSQL on 127.0.0.1:5432 as user {@code postgres}; else, if Docker is available and Testcontainers is on the
 * test classpath, a {@code postgres:16-alpine} container started once per JVM.
 *
 * <p>The schema is migrated once per JVM into a template database, and each test database is a copy of it,
 * which takes a few tens of milliseconds instead of a full migration. Databases still open when the JVM
 * exits, and the template, are dropped then.
 */
public final class TestDatabase implements AutoCloseable {
    public static final String URL_VARIABLE = "JOBSPHERE_TEST_DATABASE_URL";
    public static final String USER_VARIABLE = "JOBSPHERE_TEST_DATABASE_USER";
    public static final String PASSWORD_VARIABLE = "JOBSPHERE_TEST_DATABASE_PASSWORD";
    /** Every database this class creates starts with this, so a leftover is easy to recognise. */
    public static final String NAME_PREFIX = "jobsphere_test_";

    private static final String LOCAL_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String LOCAL_USER = "postgres";
    private static final int POOL_SIZE = 10;

    private static Server server;
    private static String template;
    private static final Set<String> OPEN = new HashSet<>();

    private final Server home;
    private final String name;

    private TestDatabase(Server home, String name) {
        this.home = home;
        this.name = name;
    }

    /** Creates a new database with the current schema and no rows but the ledger's platform accounts. */
    public static synchronized TestDatabase create() {
        Server located = server();
        String copy = NAME_PREFIX + randomSuffix();
        located.databases().createFromTemplate(copy, template(located));
        OPEN.add(copy);
        return new TestDatabase(located, copy);
    }

    public String name() {
        return name;
    }

    /** {@code jdbc:postgresql://host:port/name}, without credentials. */
    public String jdbcUrl() {
        return home.url().withDatabase(name).jdbcUrl();
    }

    public String user() {
        return home.user();
    }

    public String password() {
        return home.password();
    }

    /** Settings for {@link PostgresAdapter#start} with a pool of ten connections. */
    public DatabaseSettings settings() {
        return DatabaseSettings.of(jdbcUrl(), user(), password()).withMaximumPoolSize(POOL_SIZE);
    }

    /** Drops the database; close every pool on it first, or its connections are cut. */
    @Override
    public void close() {
        synchronized (TestDatabase.class) {
            if (OPEN.remove(name)) {
                home.databases().drop(name);
            }
        }
    }

    @Override
    public String toString() {
        return "TestDatabase[" + name + " on " + home.url().host() + ":" + home.url().port() + "]";
    }

    private static Server server() {
        if (server == null) {
            server = locateServer();
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropLeftovers, "drop-test-databases"));
        }
        return server;
    }

    private static String template(Server located) {
        if (template == null) {
            String name = NAME_PREFIX + "template_" + randomSuffix();
            // Starting the adapter creates the database and migrates it; closing it leaves nobody connected,
            // which PostgreSQL requires of a template. A failed migration must not leave the database behind.
            try {
                PostgresAdapter.start(located.settingsFor(name)).close();
            } catch (RuntimeException e) {
                located.databases().drop(name);
                throw e;
            }
            template = name;
        }
        return template;
    }

    private static synchronized void dropLeftovers() {
        for (String leftover : Set.copyOf(OPEN)) {
            server.databases().drop(leftover);
        }
        OPEN.clear();
        if (template != null) {
            server.databases().drop(template);
        }
    }

    private static Server locateServer() {
        String configured = System.getenv(URL_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            Server named = Server.of(configured, Objects.requireNonNullElse(System.getenv(USER_VARIABLE), LOCAL_USER),
                    Objects.requireNonNullElse(System.getenv(PASSWORD_VARIABLE), ""));
            if (!named.databases().isReachable()) {
                throw new IllegalStateException(URL_VARIABLE + " names " + DatabaseUrl.redact(configured)
                        + ", which does not accept a connection");
            }
            return named;
        }
        Server local = Server.of(LOCAL_URL, LOCAL_USER, "");
        if (local.databases().isReachable()) {
            return local;
        }
        return DockerServer.start().orElseThrow(() -> new IllegalStateException("No PostgreSQL answers at "
                + LOCAL_URL + " and Docker is not available to start one: start PostgreSQL 15 or later there, or set "
                + URL_VARIABLE));
    }

    private static String randomSuffix() {
        return UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
    }

    /** A PostgreSQL server and who connects to it. */
    record Server(DatabaseUrl url, String user, String password) {
        static Server of(String url, String defaultUser, String defaultPassword) {
            DatabaseUrl parsed = DatabaseUrl.parse(url);
            return new Server(parsed, parsed.userInUrl().orElse(defaultUser), parsed.passwordInUrl().orElse(defaultPassword));
        }

        Databases databases() {
            return new Databases(url, user, password, DatabaseSettings.DEFAULT_CONNECTION_TIMEOUT);
        }

        DatabaseSettings settingsFor(String database) {
            return DatabaseSettings.of(url.withDatabase(database).jdbcUrl(), user, password).withMaximumPoolSize(1);
        }

        @Override
        public String toString() {
            return "Server[" + url + "]";
        }
    }
}
