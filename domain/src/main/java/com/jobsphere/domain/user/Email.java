package com.jobsphere.domain.user;

import com.jobsphere.domain.common.ValidationFailed;
import java.util.Locale;
import java.util.regex.Pattern;

/** An email address, compared case-insensitively: it is kept in lower case. */
public record Email(String value) {
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAXIMUM_LENGTH = 254;

    public Email {
        if (value == null || value.isBlank()) {
            throw new ValidationFailed("email", "email is required");
        }
        value = value.trim().toLowerCase(Locale.ROOT);
        if (value.length() > MAXIMUM_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new ValidationFailed("email", "email must be a valid email address");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
