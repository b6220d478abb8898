package com.jobsphere.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {
    @Test
    void aJdbcUrlIsReadWithItsParameters() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://db.internal:6543/jobsphere?sslmode=require");

        assertThat(url).isEqualTo(new DatabaseUrl("db.internal", 6543, "jobsphere", "sslmode=require", null, null));
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/jobsphere?sslmode=require");
    }

    @Test
    void aPostgresUriCarriesItsCredentialsOutsideTheJdbcUrl() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://app:s3cr%40t:x@localhost/jobsphere");

        assertThat(url.userInUrl()).contains("app");
        assertThat(url.passwordInUrl()).contains("s3cr@t:x");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/jobsphere");
    }

    @Test
    void thePostgresqlSchemeIsAcceptedToo() {
        assertThat(DatabaseUrl.parse("postgresql://app@127.0.0.1:5433/other").jdbcUrl())
                .isEqualTo("jdbc:postgresql://127.0.0.1:5433/other");
    }

    @Test
    void aPlusInAPasswordIsKeptAsAPlus() {
        assertThat(DatabaseUrl.parse("postgres://app:a+b@localhost/jobsphere").passwordInUrl()).contains("a+b");
    }

    @Test
    void anotherDatabaseOnTheSameServerKeepsHostPortAndParameters() {
        DatabaseUrl maintenance = DatabaseUrl.parse("jdbc:postgresql://db:5432/jobsphere?ssl=true").withDatabase("postgres");

        assertThat(maintenance.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/postgres?ssl=true");
    }

    @Test
    void aUrlThatIsNotPostgresIsRefusedWithoutShowingItsPassword() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://app:hunter2@localhost/jobsphere"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void aUrlWithoutADatabaseIsRefused() {
        assertThatThrownBy(() -> DatabaseUrl.parse("jdbc:postgresql://localhost:5432/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("database");
    }

    @Test
    void passwordsAreRedactedFromUrlsAndSettings() {
        assertThat(DatabaseUrl.redact("postgres://app:hunter2@localhost/jobsphere"))
                .isEqualTo("postgres://app:***@localhost/jobsphere");
        assertThat(DatabaseUrl.redact("jdbc:postgresql://localhost/jobsphere?user=app&password=hunter2&ssl=true"))
                .isEqualTo("jdbc:postgresql://localhost/jobsphere?user=app&password=***&ssl=true");
        assertThat(DatabaseSettings.of("postgres://app:hunter2@localhost/jobsphere", "app", "hunter2").toString())
                .doesNotContain("hunter2");
    }
}
