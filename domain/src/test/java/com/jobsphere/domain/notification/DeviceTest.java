package com.jobsphere.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.testdata.Times;
import org.junit.jupiter.api.Test;

class DeviceTest {
    @Test
    void aTokenIsOneTo4096VisibleAsciiCharacters() {
        assertThat(Device.isWellFormed("fGx1:APA91bH-abc_DEF")).isTrue();
        assertThat(Device.isWellFormed("x".repeat(Device.MOST_TOKEN_CHARS))).isTrue();
        assertThat(Device.isWellFormed("x".repeat(Device.MOST_TOKEN_CHARS + 1))).isFalse();
        assertThat(Device.isWellFormed("")).isFalse();
        assertThat(Device.isWellFormed(null)).isFalse();
        assertThat(Device.isWellFormed("two words")).isFalse();
        assertThat(Device.isWellFormed("line\nbreak")).isFalse();
        assertThat(Device.isWellFormed("caf\u00e9")).isFalse();
        assertThatThrownBy(() -> new Device(" ", new UserId("u"), DevicePlatform.IOS, Times.NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTokenStaysOutOfTheDevicesText() {
        Device device = new Device("secret-token", new UserId("u-1"), DevicePlatform.ANDROID, Times.NOW);

        assertThat(device.toString()).doesNotContain("secret-token").contains("u-1").contains("ANDROID");
    }
}
