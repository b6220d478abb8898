package com.jobsphere.application.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.application.port.PushNotifications.PushMessage;
import com.jobsphere.application.port.PushNotifications.PushOutcome;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PushNotificationsTest {
    @Test
    void aMessageKeepsItsOwnCopyOfTheData() {
        Map<String, String> data = new HashMap<>(Map.of("type", "deposit_completed"));
        PushMessage message = new PushMessage("device-1", "title", "body", data);

        data.put("amount", "1.00");

        assertThat(message.data()).containsExactly(Map.entry("type", "deposit_completed"));
        assertThatThrownBy(() -> message.data().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aMessageWithoutADeviceOrWithNullPartsCannotExist() {
        assertThatThrownBy(() -> new PushMessage(null, "t", "b", Map.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PushMessage(" ", "t", "b", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PushMessage("d", null, "b", Map.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PushMessage("d", "t", null, Map.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PushMessage("d", "t", "b", null)).isInstanceOf(NullPointerException.class);
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put("amount", null);
        assertThatThrownBy(() -> new PushMessage("d", "t", "b", nullValue)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theDeviceTokenNeverAppearsInTheTextOfAMessage() {
        PushMessage message = new PushMessage("fcm-token-secret", "Offer accepted", "body", Map.of("jobId", "j1"));

        assertThat(message.toString()).doesNotContain("fcm-token-secret").contains("Offer accepted").contains("j1");
    }

    @Test
    void aRetryLaterWaitsNoNegativeTimeAndEveryOutcomeHasItsReason() {
        assertThat(new PushOutcome.RetryLater(null, "503").retryAfter()).isNull();
        assertThatThrownBy(() -> new PushOutcome.RetryLater(Duration.ofSeconds(-1), "503"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PushOutcome.RetryLater(null, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PushOutcome.TokenGone(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PushOutcome.Rejected(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PushOutcome.Delivered(null)).isInstanceOf(NullPointerException.class);
    }
}
