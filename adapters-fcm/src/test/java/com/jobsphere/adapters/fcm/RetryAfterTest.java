package com.jobsphere.adapters.fcm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2030-01-02T03:04:05Z");

    @Test
    void secondsAreAWaitOfThatManySeconds() {
        assertThat(RetryAfter.parse("120", NOW)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", NOW)).isEqualTo(Duration.ZERO);
    }

    @Test
    void anHttpDateIsAWaitUntilThatDate() {
        assertThat(RetryAfter.parse("Wed, 02 Jan 2030 03:05:05 GMT", NOW)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void anHttpDateInThePastIsNoWait() {
        assertThat(RetryAfter.parse("Wed, 02 Jan 2030 03:00:00 GMT", NOW)).isEqualTo(Duration.ZERO);
    }

    @Test
    void aMissingOrUnreadableHeaderIsNoRetryAfterAtAll() {
        assertThat(RetryAfter.parse(null, NOW)).isNull();
        assertThat(RetryAfter.parse("  ", NOW)).isNull();
        assertThat(RetryAfter.parse("soon", NOW)).isNull();
        assertThat(RetryAfter.parse("-5", NOW)).isNull();
        assertThat(RetryAfter.parse("1.5", NOW)).isNull();
        assertThat(RetryAfter.parse("99999999999999999999", NOW)).isNull();
    }
}
