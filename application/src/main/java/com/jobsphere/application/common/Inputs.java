package com.jobsphere.application.common;

import com.jobsphere.domain.common.ValidationFailed;

/** Checks of free-text input at the use-case boundary, each naming its field. */
public final class Inputs {
    private Inputs() {
    }

    /** Trims and requires a length from {@code minimum} to {@code maximum} characters. */
    public static String text(String value, String field, int minimum, int maximum) {
        if (value == null) {
            throw new ValidationFailed(field, field + " is required");
        }
        String trimmed = value.trim();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length < minimum || length > maximum) {
            throw new ValidationFailed(field, capitalized(field) + " must be " + minimum + "-" + maximum + " characters");
        }
        return trimmed;
    }

    /** Like {@link #text} but null or blank is allowed and becomes null. */
    public static String optionalText(String value, String field, int maximum) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return text(value, field, 1, maximum);
    }

    private static String capitalized(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
