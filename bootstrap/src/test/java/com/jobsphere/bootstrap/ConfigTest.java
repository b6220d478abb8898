package com.jobsphere.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
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
        assertThat(config.jwtSecretConfigured()).isFalse();
        assertThat(config.adminPassword()).as("a password is generated only if the admin is created").isEmpty();
        assertThat(config.trustProxy()).isFalse();
        assertThat(config.warnings()).singleElement().asString()
                .contains("JWT_SECRET is not set", "any other instance refuses them", "Set the same JWT_SECRET");
    }

    @Test
    void trustProxyIsTrueOrFalse() {
        assertThat(Config.fromEnvironment(Map.of("TRUST_PROXY", "true")).trustProxy()).isTrue();
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("TRUST_PROXY", "yes")))
                .hasMessageContaining("TRUST_PROXY must be true or false");
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
    void pushIsOffUnlessTheProjectAndTheServiceAccountAreBothSet() {
        Config none = Config.fromEnvironment(Map.of());
        Config both = Config.fromEnvironment(Map.of("FCM_PROJECT_ID", "jobsphere-prod",
                "GOOGLE_APPLICATION_CREDENTIALS", "/etc/jobsphere/fcm.json"));

        assertThat(none.pushesToFcm()).isFalse();
        assertThat(none.fcmApiBase()).isEqualTo("https://fcm.googleapis.com");
        assertThat(both.pushesToFcm()).isTrue();
        assertThat(both.fcmProjectId()).contains("jobsphere-prod");
        assertThat(both.fcmCredentialsFile()).contains(Path.of("/etc/jobsphere/fcm.json"));
        assertThat(both.pushLease()).isEqualTo(Duration.ofMinutes(5));
        assertThat(both.toString()).contains("push=fcm:jobsphere-prod").doesNotContain("fcm.json");
    }

    @Test
    void aProjectWithoutItsServiceAccountIsRefusedAndAServiceAccountAloneLeavesPushOffWithAWarning() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("FCM_PROJECT_ID", "jobsphere-prod")))
                .hasMessageContaining("GOOGLE_APPLICATION_CREDENTIALS is required with FCM_PROJECT_ID");

        Config credentialsAlone = Config.fromEnvironment(Map.of("GOOGLE_APPLICATION_CREDENTIALS", "/tmp/sa.json"));
        assertThat(credentialsAlone.pushesToFcm()).isFalse();
        assertThat(credentialsAlone.warnings()).anyMatch(warning -> warning.contains("push stays off"));
    }

    @Test
    void aLeaseShorterThanASendIsWarnedAboutAndNoLeaseIsRefused() {
        assertThat(Config.fromEnvironment(Map.of("PUSH_LEASE_SECONDS", "3")).warnings())
                .anyMatch(warning -> warning.contains("PUSH_LEASE_SECONDS") && warning.contains("twice"));
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("PUSH_LEASE_SECONDS", "0")))
                .hasMessageContaining("PUSH_LEASE_SECONDS must be at least 1");
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
