package com.jobsphere.adapters.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StripeSettingsTest {
    @Test
    void theDefaultsAreTheProductionLimitsAndStripesApi() {
        StripeSettings settings = StripeSettings.withDefaults("sk_live_x", "whsec_x", "", null, "https://a/s",
                "https://a/c", "https://a/r", "https://a/t");

        assertThat(settings.apiBase()).isEqualTo("https://api.stripe.com");
        assertThat(settings.connectTimeoutMillis()).isEqualTo(10_000);
        assertThat(settings.readTimeoutMillis()).isEqualTo(20_000);
        assertThat(settings.maxNetworkRetries()).isEqualTo(2);
        assertThat(settings.connectWebhookSecret()).isNull();
    }

    @Test
    void aTrailingSlashOnTheApiBaseIsDropped() {
        assertThat(settings("http://localhost:12111/").apiBase()).isEqualTo("http://localhost:12111");
    }

    @Test
    void theSecretsNeverAppearInTheTextOfTheSettings() {
        StripeSettings settings = new StripeSettings("sk_live_secret", "whsec_platform", "whsec_connect",
                "https://api.stripe.com", "https://a/s", "https://a/c", "https://a/r", "https://a/t", 1, 1, 0);

        assertThat(settings.toString())
                .doesNotContain("sk_live_secret")
                .doesNotContain("whsec_platform")
                .doesNotContain("whsec_connect")
                .contains("https://api.stripe.com");
    }

    @Test
    void anApiBaseThatIsNotAnHttpUrlIsRefused() {
        assertThatThrownBy(() -> settings("api.stripe.com")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unlimitedTimeoutsAndRetriesAreRefused() {
        StripeSettings settings = settings("https://api.stripe.com");

        assertThatThrownBy(() -> settings.withNetwork(0, 1_000, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withNetwork(1_000, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withNetwork(1_000, 1_000, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withNetwork(1_000, 1_000, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withNetwork(1_000, 120_001, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingSecretKeyOrWebhookSecretIsRefused() {
        assertThatThrownBy(() -> StripeSettings.withDefaults(" ", "whsec_x", null, null, "https://a/s", "https://a/c",
                "https://a/r", "https://a/t")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StripeSettings.withDefaults("sk_x", null, null, null, "https://a/s", "https://a/c",
                "https://a/r", "https://a/t")).isInstanceOf(NullPointerException.class);
    }

    private static StripeSettings settings(String apiBase) {
        return StripeSettings.withDefaults("sk_test_x", "whsec_x", null, apiBase, "https://a/s", "https://a/c",
                "https://a/r", "https://a/t");
    }
}
