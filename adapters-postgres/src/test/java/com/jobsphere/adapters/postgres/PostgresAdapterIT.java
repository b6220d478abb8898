package com.jobsphere.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.application.port.StoreUnavailable;
import com.jobsphere.domain.ledger.Account;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PostgresAdapterIT {
    /** The database a test database lives beside, under a name nobody has used yet. */
    private static DatabaseSettings settingsForNewDatabase(TestDatabase neighbour, String name) {
        String url = neighbour.jdbcUrl().replace("/" + neighbour.name(), "/" + name);
        return DatabaseSettings.of(url, neighbour.user(), neighbour.password()).withMaximumPoolSize(2);
    }

    @Test
    void startingCreatesAMissingDatabaseAndMigratesIt() {
        try (TestDatabase neighbour = TestDatabase.create()) {
            String name = neighbour.name() + "_created";
            DatabaseSettings settings = settingsForNewDatabase(neighbour, name);
            try {
                try (PostgresAdapter adapter = PostgresAdapter.start(settings)) {
                    assertThat(adapter.isReady()).isTrue();
                    long escrow = adapter.unitOfWork().inTransaction(stores -> stores.ledger().balanceOf(Account.ESCROW));
                    assertThat(escrow).isZero();
                }
                // A second start finds the database and the schema in place and changes nothing.
                try (PostgresAdapter again = PostgresAdapter.start(settings)) {
                    long accounts = again.unitOfWork().inTransaction(stores -> stores.ledger().verify().accountsChecked());
                    assertThat(accounts).isEqualTo(4);
                }
            } finally {
                new Databases(DatabaseUrl.parse(settings.url()), settings.user(), settings.password(), Duration.ofSeconds(5))
                        .drop(name);
            }
        }
    }

    @Test
    void aPostgresUriWithCredentialsInItIsAccepted() {
        try (TestDatabase database = TestDatabase.create()) {
            DatabaseUrl server = DatabaseUrl.parse(database.jdbcUrl());
            String uri = "postgres://" + URLEncoder.encode(database.user(), StandardCharsets.UTF_8) + ":"
                    + URLEncoder.encode(database.password(), StandardCharsets.UTF_8) + "@" + server.host() + ":"
                    + server.port() + "/" + database.name();

            try (PostgresAdapter adapter = PostgresAdapter.start(DatabaseSettings.of(uri, "wrong-user", "wrong-password"))) {
                assertThat(adapter.isReady()).isTrue();
            }
        }
    }

    @Test
    void aServerThatDoesNotAnswerIsStoreUnavailableAtStart() {
        DatabaseSettings nowhere = new DatabaseSettings("jdbc:postgresql://127.0.0.1:1/jobsphere", "postgres", "",
                2, Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(2));
        long started = System.nanoTime();

        assertThatThrownBy(() -> PostgresAdapter.start(nowhere)).isInstanceOf(StoreUnavailable.class)
                .hasMessageContaining("did not answer within 2 s");
        // It kept trying for its start-up timeout rather than giving up at the first refusal.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aDatabaseRecreatedEmptyIsNotReadyThoughItAnswers() {
        try (TestDatabase database = TestDatabase.create();
                PostgresAdapter adapter = PostgresAdapter.start(database.settings())) {
            assertThat(adapter.isReady()).isTrue();

            adapter.unitOfWork().inTransaction(stores -> ((JdbiStores) stores).sql()
                    .call(handle -> handle.execute("drop table flyway_schema_history")));

            assertThat(adapter.isReady()).isFalse();
        }
    }

    @Test
    void aClosedAdapterIsNotReachable() {
        try (TestDatabase database = TestDatabase.create()) {
            PostgresAdapter adapter = PostgresAdapter.start(database.settings());
            adapter.close();

            assertThat(adapter.isReady()).isFalse();
        }
    }
}
