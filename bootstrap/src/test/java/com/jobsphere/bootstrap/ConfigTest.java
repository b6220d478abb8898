package com.jobsphere.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {
    @Test
    void developmentStartsWithNoConfigurationAtAll() {
        Config config = Config.fromEnvironment(Map.of());
        assertThat(config.port()).isEqualTo(3000);
        assertThat(config.databaseUrl()).isEqualTo("jdbc:postgresql://localhost:5432/jobsphere");
        assertThat(config.usesDevelopmentGateway()).isTrue();
        assertThat(config.jwtSecret()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(config.adminEmail()).isEqualTo("admin@jobsphere.local");
        assertThat(config.warnings()).anyMatch(w -> w.contains("JWT_SECRET")).anyMatch(w -> w.contains("ADMIN_PASSWORD"));
    }

    @Test
    void productionRefusesToStartWithoutSecretsOrStripe() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("APP_ENV", "production")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JWT_SECRET")
                .hasMessageContaining("ADMIN_PASSWORD")
                .hasMessageContaining("STRIPE_SECRET_KEY");
    }

    @Test
    void aShortJwtSecretIsRefused() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("JWT_SECRET", "too-short")))
                .hasMessageContaining("at least 32 bytes");
    }

    @Test
    void aStripeKeyWithoutAWebhookSecretIsRefused() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("STRIPE_SECRET_KEY", "sk_test_x")))
                .hasMessageContaining("STRIPE_WEBHOOK_SECRET");
    }

    @Test
    void aNonNumericPortIsRefused() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("PORT", "eighty")))
                .hasMessageContaining("PORT must be a whole number");
    }

    @Test
    void theStringFormNeverShowsSecrets() {
        Config config = Config.fromEnvironment(Map.of("JWT_SECRET", "a-very-long-secret-that-is-over-32-bytes",
                "DATABASE_PASSWORD", "hunter2-db", "ADMIN_PASSWORD", "admin-secret-1"));
        assertThat(config.toString()).doesNotContain("a-very-long-secret").doesNotContain("hunter2-db")
                .doesNotContain("admin-secret-1");
    }

    @Test
    void logFormatIsTextByDefaultJsonOnAskingAndAnythingElseIsRefused() {
        assertThat(Config.fromEnvironment(Map.of()).logFormat()).isEqualTo(LogFormat.TEXT);
        assertThat(Config.fromEnvironment(Map.of("LOG_FORMAT", "json")).logFormat()).isEqualTo(LogFormat.JSON);
        assertThat(Config.fromEnvironment(Map.of("LOG_FORMAT", "JSON")).logFormat()).isEqualTo(LogFormat.JSON);
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("LOG_FORMAT", "jsonl")))
                .hasMessageContaining("LOG_FORMAT must be text or json");
    }

    @Test
    void theMetricsTokenIsOptionalAndNeverPrinted() {
        assertThat(Config.fromEnvironment(Map.of()).metricsToken()).isEmpty();
        Config config = Config.fromEnvironment(Map.of("METRICS_TOKEN", "scrape-secret-42"));
        assertThat(config.metricsToken()).hasValue("scrape-secret-42");
        assertThat(config.toString()).doesNotContain("scrape-secret-42");
    }
}
