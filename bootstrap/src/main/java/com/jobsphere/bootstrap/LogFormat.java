package com.jobsphere.bootstrap;

import ch.qos.logback.core.PropertyDefinerBase;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code LOG_FORMAT}: {@code text} (the default) for a terminal, {@code json} for a log collector, one JSON object
 * per line (CONTRACT.md §14). logback.xml asks this class which of its two appenders to use, as logging starts
 * before the configuration is read; {@link Config} refuses any other value, so a typo stops the service rather
 * than leaving it logging in a format nobody asked for.
 */
public enum LogFormat {
    TEXT, JSON;

    static final String VARIABLE = "LOG_FORMAT";

    /** The format of a {@code LOG_FORMAT} value, case aside; empty for anything else. Unset or blank is text. */
    static Optional<LogFormat> named(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(TEXT);
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "text" -> Optional.of(TEXT);
            case "json" -> Optional.of(JSON);
            default -> Optional.empty();
        };
    }

    /** Names logback.xml's appender for the process's {@code LOG_FORMAT}: {@code TEXT} or {@code JSON}. */
    public static final class Appender extends PropertyDefinerBase {
        @Override
        public String getPropertyValue() {
            return named(System.getenv(VARIABLE)).orElse(TEXT).name();
        }
    }
}
