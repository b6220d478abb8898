package com.jobsphere.adapters.fcm;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads a {@code Retry-After} header: a number of seconds, or an HTTP date (RFC 9110, section 10.2.3). */
final class RetryAfter {
    /** Digits beyond this many would overflow a long of seconds; no provider asks for centuries. */
    private static final int MOST_DIGITS = 12;

    private RetryAfter() {
    }

    /**
     * The wait the header asks for, or null when there is no header or it cannot be read. A date in
     * the past means no wait at all.
     */
    static Duration parse(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return value.length() > MOST_DIGITS ? null : Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
        } catch (DateTimeParseException e) {
            // An unreadable header is treated as absent: the dispatcher's own back-off applies.
            return null;
        }
    }
}
