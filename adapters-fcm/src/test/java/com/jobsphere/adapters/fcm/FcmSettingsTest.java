package com.jobsphere.adapters.fcm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FcmSettingsTest {
    private static final Path FILE = Path.of("/run/secrets/service-account.json");

    @Test
    void theDefaultsAreTheProductionLimitsAndGooglesApi() {
        FcmSettings settings = FcmSettings.withDefaults("jobsphere-prod", FILE, null);

        assertThat(settings.apiBase()).isEqualTo(URI.create("https://fcm.googleapis.com"));
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(settings.sendUri())
                .isEqualTo(URI.create("https://fcm.googleapis.com/v1/projects/jobsphere-prod/messages:send"));
    }

    @Test
    void aBlankApiBaseMeansGooglesAndATrailingSlashIsDropped() {
        assertThat(FcmSettings.withDefaults("p-1", FILE, " ").apiBase()).isEqualTo(URI.create(FcmSettings.DEFAULT_API_BASE));
        assertThat(FcmSettings.withDefaults("p-1", FILE, "http://127.0.0.1:9099/").sendUri())
                .isEqualTo(URI.create("http://127.0.0.1:9099/v1/projects/p-1/messages:send"));
    }

    @Test
    void anApiBaseThatIsNotAnHttpUrlIsRefused() {
        assertThatThrownBy(() -> FcmSettings.withDefaults("p-1", FILE, "fcm.googleapis.com"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FcmSettings.withDefaults("p-1", FILE, "ftp://fcm.googleapis.com"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FcmSettings.withDefaults("p-1", FILE, "https://fcm.googleapis.com/?x=1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FcmSettings.withDefaults("p-1", FILE, "https://fcm googleapis"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aProjectIdThatCouldChangeTheRequestPathIsRefused() {
        for (String projectId : new String[] {"", " ", "a/b", "../x", "p?x=1", "p#f", "p q", "-p"}) {
            assertThatThrownBy(() -> FcmSettings.withDefaults(projectId, FILE, null))
                    .as(projectId).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(FcmSettings.withDefaults("example.com:legacy-project", FILE, null).projectId())
                .isEqualTo("example.com:legacy-project");
    }

    @Test
    void missingValuesAreRefused() {
        assertThatThrownBy(() -> FcmSettings.withDefaults(null, FILE, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> FcmSettings.withDefaults("p-1", null, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new FcmSettings("p-1", FILE, null, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void unlimitedOrZeroTimeoutsAreRefused() {
        FcmSettings settings = FcmSettings.withDefaults("p-1", FILE, null);

        assertThatThrownBy(() -> settings.withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withTimeouts(Duration.ofSeconds(1), Duration.ofMinutes(2).plusMillis(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withTimeouts(null, Duration.ofSeconds(1)))
                .isInstanceOf(NullPointerException.class);
        assertThat(settings.withTimeouts(Duration.ofMillis(1), Duration.ofMinutes(2)).requestTimeout())
                .isEqualTo(Duration.ofMinutes(2));
    }
}
